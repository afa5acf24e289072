/** Reads an uploaded ID card side or licence for autofill; the reading is kept for the cross-check. */
import { isPreparing, ocrReadContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { readDocument } from '../../services/trust/readings'

export const ocrRead = defineAction({
  contract: ocrReadContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.filingId)
    if (!isPreparing(rec.status)) throw errors.invalidState('该备案正在审核或已办结，不能再识别新的证件照片')
    const out = await readDocument(ctx, rec, input.kind, input.fileId)
    return out.read ? { kind: input.kind, read: true, fields: out.fields, message: null } : { kind: input.kind, read: false, fields: {}, message: out.reason }
  }
})
