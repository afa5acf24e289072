/** A refused conflict of interest is audited: who tried to handle whose filing, and why they may not. */
import type { Refusal } from '../core'
import type { Ctx } from '../entry/action'

export async function auditRecusal(ctx: Ctx, filingId: string, attempted: string, r: Refusal): Promise<void> {
  await ctx.rt.store.audit.insert({
    id: ctx.rt.ids.newId(),
    at: ctx.now.toISOString(),
    actorOpenid: ctx.caller.openid,
    actorRole: ctx.caller.role,
    action: 'recusal-refused',
    filingId,
    detail: { attempted, reason: r.recusal ?? 'owner' }
  })
}
