/** A staff member's identity for separation of duties (what they gave at invite redemption). */
import type { StaffIdentity } from '../core'
import type { Ctx } from '../entry/action'

export async function staffIdentity(ctx: Ctx): Promise<StaffIdentity> {
  const openid = ctx.caller.openid
  if (!openid) return { openid: null }
  const member = await ctx.rt.store.staff.get(openid)
  return { openid, idHash: member?.idHash ?? null, mobile: member?.mobile ?? null }
}
