/**
 * A person invited by an admin becomes staff with a one-time code (stored only as a hash),
 * giving their ID number (kept as its keyed hash) and mobile for recusal checks. Attempts are
 * rate-limited per caller, counted in a unit of their own so a wrong code still counts.
 */
import { redeemInviteContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { errors } from '../../errors'
import { isStaffInvite } from '../../ports/records'
import { requireUser } from '../../services/filings'
import { inviteId } from '../../services/invites'
import { consumeRate } from '../../services/rate-limit'
import { idHash } from '../../services/sealing'

export const redeemInvite = defineAction({
  contract: redeemInviteContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const id = inviteId(ctx.rt.crypto, input.code)
    const at = ctx.now.toISOString()
    await consumeRate(ctx, 'redeemInvite')
    return ctx.rt.store.runUnit(async (tx) => {
      const invite = await tx.invites.get(id)
      // A co-manager code is not a staff invite: it reads as unknown here.
      if (!invite || invite.usedBy || !isStaffInvite(invite)) throw errors.invalid('邀请码无效或已被使用，请向管理员索取新的邀请码', { code: '邀请码无效或已被使用' })
      if (invite.expiresAt < at) throw errors.invalid('邀请码已过期，请向管理员索取新的邀请码', { code: '邀请码已过期' })
      await tx.invites.put({ ...invite, usedBy: ctx.caller.openid, usedAt: at })
      await tx.staff.put({
        openid: ctx.caller.openid,
        role: invite.role,
        name: invite.name,
        addedBy: invite.createdBy,
        addedAt: at,
        idHash: idHash(ctx.rt.crypto, input.idNumber),
        mobile: input.mobile
      })
      await tx.audit.insert({
        id: ctx.rt.ids.newId(),
        at,
        actorOpenid: ctx.caller.openid,
        actorRole: ctx.caller.role,
        action: 'staff-join',
        filingId: null,
        detail: { role: invite.role, name: invite.name, invitedBy: invite.createdBy }
      })
      return { role: invite.role, staffName: invite.name }
    })
  }
})
