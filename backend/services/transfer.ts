/** Transfer of a filing (转让): what the owner's screen and the transfer actions ask the store. */
import { canStartTransfer, OPEN_CASE_STAGES, openTransferOf, uploadExpiresAt } from '../core'
import type { Ctx, UserCtx } from '../entry/action'
import type { FilingRecord } from '../ports/records'
import type { Runtime } from '../runtime/runtime'
import { fileIdsOf } from './snapshots'

/** An open supervision case (整改, 处置 …) about the filing holds it with its operator. */
export async function hasOpenCase(ctx: Ctx, filingId: string): Promise<boolean> {
  return (await ctx.rt.store.cases.list({ filingId, stages: [...OPEN_CASE_STAGES] }, 1)).length > 0
}

/** The owner's view of the transfer section (managers screen): null for a co-manager. */
export async function transferSection(ctx: UserCtx, rec: FilingRecord) {
  if (rec.ownerOpenid !== ctx.caller.openid) return null
  const open = openTransferOf(rec, ctx.now)
  const may = canStartTransfer(rec, ctx.caller.openid, await hasOpenCase(ctx, rec.id))
  return { open: open ? { toName: open.toName, startedAt: open.startedAt, expiresAt: open.expiresAt } : null, blocked: may.ok ? null : may.message }
}


/**
 * The purge keeps a stored photo while a filing of the photo's uploader references it. After a
 * transfer the uploader no longer manages the filing, so the new owner gets a tracking row of their
 * own for each of its documents (same file; the uploader's row stays for their other filings). The
 * copy keeps the upload's creation time: it is no new upload against the new owner's quota.
 */
export async function trackForNewOwner(rt: Runtime, filing: FilingRecord, now: Date): Promise<number> {
  let added = 0
  for (const fileId of fileIdsOf(filing)) {
    const rows = await rt.store.trackedFiles.listByFileId(fileId)
    const source = rows.find((r) => r.kind === 'document')
    if (!source || rows.some((r) => r.ownerOpenid === filing.ownerOpenid)) continue
    await rt.store.trackedFiles.insert({ ...source, id: rt.ids.newId(), ownerOpenid: filing.ownerOpenid, expiresAt: uploadExpiresAt(now, rt.config).toISOString() })
    added++
  }
  return added
}
