/**
 * The cross-check of one filing: its content (ID numbers unsealed), the readings of its photos
 * and the phones its owner proved by SMS, through core's rules. Recorded when the filing is
 * submitted, so the reviewer sees the state of that moment (an SMS proof ages out later).
 */
import { crossCheck, type CrossCheckFlag, type DocumentReading, type OcrFields } from '../../core'
import type { Ctx } from '../../entry/action'
import type { FilingRecord } from '../../ports/records'
import { unsealContent } from '../sealing'
import { verifiedPhones } from './phone-codes'
import { loadVerification, updateVerification } from './verifications'

export async function crossCheckFiling(ctx: Ctx, rec: FilingRecord): Promise<CrossCheckFlag[]> {
  const content = unsealContent(rec.working, ctx.rt.crypto)
  const v = await loadVerification(ctx, rec)
  const readings: DocumentReading[] = v.readings.map((r) => {
    const fields = r.sealedIdNumber ? { ...r.fields, idNumber: ctx.rt.crypto.decrypt(r.sealedIdNumber) } : r.fields
    return { kind: r.kind, fileId: r.fileId, fields } as OcrFields & { fileId: string }
  })
  const phones = await verifiedPhones(ctx, rec.ownerOpenid, [content.subject?.phone, content.operator?.phone])
  return crossCheck({ content, readings, verifiedPhones: phones, now: ctx.now, timezone: ctx.rt.config.timezone })
}

/** Stores the flags with the filing (after a submit, resubmit or amendment). */
export async function recordCrossCheck(ctx: Ctx, filingId: string): Promise<void> {
  const rec = await ctx.rt.store.filings.get(filingId)
  if (!rec) return
  const flags = await crossCheckFiling(ctx, rec)
  await updateVerification(ctx, rec, (cur) => ({ ...cur, crossCheck: { at: ctx.now.toISOString(), flags } }))
}
