/** What the review screen shows about trust: cross-check flags, OCR readings, per-account proofs. */
import type { CrossCheckFlag, DraftContent, OcrKind } from '../../core'
import type { Ctx } from '../../entry/action'
import type { FilingRecord } from '../../ports/records'
import { crossCheckFiling } from './cross-check'
import { accountsTrust, type AccountTrust } from './ownership'
import { loadVerification } from './verifications'

export interface TrustView {
  flags: CrossCheckFlag[]
  /** When the flags were recorded (the submission); null: computed now (a draft, or none stored). */
  flagsAt: string | null
  /** Readings of the photos in the filing (ID numbers masked). */
  readings: Array<{ kind: OcrKind; provider: string; at: string; fields: Record<string, string> }>
  accounts: AccountTrust[]
}

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
