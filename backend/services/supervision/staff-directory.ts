/** Staff who can be assigned work: the database's members plus the environment's admins. */
import type { Ctx } from '../../entry/action'

export async function staffDirectory(ctx: Ctx): Promise<Array<{ openid: string; name: string }>> {
  const members = await ctx.rt.store.staff.list()
  const fromEnv = ctx.rt.settings.adminOpenids.filter((o) => !members.some((m) => m.openid === o)).map((openid) => ({ openid, name: '管理员' }))
  return [...members.map((m) => ({ openid: m.openid, name: m.name })), ...fromEnv]
}

export async function staffName(ctx: Ctx, openid: string): Promise<string | null> {
  return (await staffDirectory(ctx)).find((s) => s.openid === openid)?.name ?? null
}
