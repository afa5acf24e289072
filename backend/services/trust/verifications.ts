/** The per-filing verification record: OCR readings, reviewer checklists, the submitted cross-check. */
import type { Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord } from '../../ports/records'
import type { VerificationRecord } from '../../ports/trust.port'

function empty(filing: Pick<FilingRecord, 'id' | 'ownerOpenid'>, at: string): VerificationRecord {
  return { id: filing.id, ownerOpenid: filing.ownerOpenid, version: 0, readings: [], checks: {}, crossCheck: null, updatedAt: at }
}

export async function loadVerification(ctx: Ctx, filing: Pick<FilingRecord, 'id' | 'ownerOpenid'>): Promise<VerificationRecord> {
  return (await ctx.rt.trustStore.verifications.get(filing.id)) ?? empty(filing, ctx.now.toISOString())
}

/** Read–modify–write with a version check; a concurrent writer makes it re-read (a few times). */
export async function updateVerification(ctx: Ctx, filing: Pick<FilingRecord, 'id' | 'ownerOpenid'>, change: (cur: VerificationRecord) => VerificationRecord): Promise<VerificationRecord> {
  const store = ctx.rt.trustStore.verifications
  for (let attempt = 0; attempt < 5; attempt++) {
    const stored = await store.get(filing.id)
    const cur = stored ?? empty(filing, ctx.now.toISOString())
    const next: VerificationRecord = { ...change(cur), id: filing.id, ownerOpenid: filing.ownerOpenid, version: cur.version + 1, updatedAt: ctx.now.toISOString() }
    if (await store.putIfVersion(next, stored ? stored.version : null)) return next
  }
  throw errors.conflict()
}
