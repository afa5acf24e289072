/** What the review screen shows about trust: cross-check flags, OCR readings, per-account proofs. */
import type { DraftContent, TrustView } from '../../core'
import type { Ctx } from '../../entry/action'
import type { FilingRecord } from '../../ports/records'
import { crossCheckFiling } from './cross-check'
import { accountsTrust } from './ownership'
import { loadVerification } from './verifications'


export async function trustView(ctx: Ctx, rec: FilingRecord): Promise<TrustView> {
  const v = await loadVerification(ctx, rec)
  const content = rec.working.content as unknown as DraftContent
  const filed = new Set((content.documents ?? []).map((d) => d.fileId))
  const stored = v.crossCheck !== null && rec.submittedAt !== null && v.crossCheck.at >= rec.submittedAt ? v.crossCheck : null
  return {
    flags: stored ? stored.flags : await crossCheckFiling(ctx, rec),
    flagsAt: stored ? stored.at : null,
    readings: v.readings.filter((r) => filed.has(r.fileId)).map((r) => ({ kind: r.kind, provider: r.provider, at: r.at, fields: r.fields })),
    accounts: accountsTrust(ctx, rec.id, content, v)
  }
}
