/** Staff management (admin only): list, invite with a one-time code, remove. */
import { ADMIN, defineAction } from '../../entry/action'
import { errors } from '../../errors'
import { isStaffInvite } from '../../ports/records'
import { INVITE_VALID_DAYS, inviteId } from '../../services/invites'
import { staffInviteContract, staffInviteRevokeContract, staffListContract, staffRemoveContract } from '../../core'

export const staffList = defineAction({
  contract: staffListContract,
  allow: ADMIN,
  handler: async (_input, ctx) => {
    const [fromDb, pending] = await Promise.all([ctx.rt.store.staff.list(), ctx.rt.store.invites.listPending(ctx.now.toISOString())])
    const invites = pending.filter(isStaffInvite)
    const env = ctx.rt.settings.adminOpenids.filter((o) => !fromDb.some((m) => m.openid === o))
    return {
      members: [
        ...env.map((openid) => ({ openid, role: 'admin' as const, name: '管理员（系统配置）', addedAt: null, fromEnvironment: true })),
        ...fromDb.map((m) => ({ openid: m.openid, role: m.role, name: m.name, addedAt: m.addedAt, fromEnvironment: ctx.rt.settings.adminOpenids.includes(m.openid) }))
      ],
      invites: invites.map((i) => ({ id: i.id, name: i.name, role: i.role, createdAt: i.createdAt, expiresAt: i.expiresAt }))
    }
  }
})

export const staffInvite = defineAction({
  contract: staffInviteContract,
  allow: ADMIN,
  handler: async (input, ctx) => {
    const code = ctx.rt.ids.newCode()
    const at = ctx.now.toISOString()
    const expiresAt = new Date(ctx.now.getTime() + INVITE_VALID_DAYS * 86_400_000).toISOString()
    await ctx.rt.store.runUnit(async (tx) => {
      await tx.invites.put({ id: inviteId(ctx.rt.crypto, code), role: input.role, name: input.name, createdBy: ctx.caller.openid ?? '', createdAt: at, expiresAt, usedBy: null, usedAt: null })
      await tx.audit.insert({ id: ctx.rt.ids.newId(), at, actorOpenid: ctx.caller.openid, actorRole: 'admin', action: 'staff-invite', filingId: null, detail: { role: input.role, name: input.name } })
    })
    return { code, expiresAt }
  }
})

export const staffRemove = defineAction({
  contract: staffRemoveContract,
  allow: ADMIN,
  handler: async (input, ctx) => {
    if (input.openid === ctx.caller.openid) throw errors.invalidState('不能移除自己；请由另一位管理员操作')
    if (ctx.rt.settings.adminOpenids.includes(input.openid)) throw errors.invalidState('该管理员由系统配置（ADMIN_OPENIDS）指定，需修改环境配置才能移除')
    const member = await ctx.rt.store.staff.get(input.openid)
    if (!member) throw errors.notFound('找不到该工作人员，可能已被移除')
    await ctx.rt.store.runUnit(async (tx) => {
      await tx.staff.remove(input.openid)
      await tx.audit.insert({ id: ctx.rt.ids.newId(), at: ctx.now.toISOString(), actorOpenid: ctx.caller.openid, actorRole: 'admin', action: 'staff-remove', filingId: null, detail: { openid: input.openid, name: member.name, role: member.role } })
    })
    return { openid: input.openid, removed: true as const }
  }
})

export const staffInviteRevoke = defineAction({
  contract: staffInviteRevokeContract,
  allow: ADMIN,
  handler: async (input, ctx) => {
    const invite = await ctx.rt.store.invites.get(input.id)
    if (!invite || invite.usedBy !== null || !isStaffInvite(invite)) throw errors.notFound('找不到该邀请，可能已被使用或撤销')
    await ctx.rt.store.runUnit(async (tx) => {
      await tx.invites.remove(invite.id)
      await tx.audit.insert({ id: ctx.rt.ids.newId(), at: ctx.now.toISOString(), actorOpenid: ctx.caller.openid, actorRole: 'admin', action: 'staff-invite-revoke', filingId: null, detail: { role: invite.role, name: invite.name } })
    })
    return { id: invite.id, revoked: true as const }
  }
})
