/** Transfer of a filing (转让): what the owner's screen and the transfer actions ask the store. */
import { canStartTransfer, OPEN_CASE_STAGES, openTransferOf } from '../core'
import type { Ctx, UserCtx } from '../entry/action'
import type { FilingRecord } from '../ports/records'

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

