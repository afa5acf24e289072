/**
 * Where the client may upload a document: always under the caller's own folder, so the
 * ownership check at save/submit time is a prefix test.
 */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, ownerFolder } from '../../services/documents'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { uploadLocationContract } from '../../core'

export const uploadLocation = defineAction({
  contract: uploadLocationContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    if (input.filingId) await loadOwnFiling(ctx, input.filingId)
    const folder = ownerFolder(ctx.rt.crypto, ctx.caller.openid)
    const cloudPath = `${folder}/${input.filingId ?? 'new'}/${input.kind}-${ctx.rt.ids.newId()}.${input.ext}`
    return { cloudPath, maxBytes: MAX_DOCUMENT_BYTES, contentTypes: DOCUMENT_TYPES }
  }
})
