/**
 * A person invited by an admin becomes staff with a one-time code (stored only as a hash),
 * giving their ID number (kept as its keyed hash) and mobile for recusal checks. Attempts are
 * rate-limited per caller, counted in a unit of their own so a wrong code still counts.
 */
import { redeemInviteContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { redeemCode } from '../../services/invites'
import { idHash } from '../../services/sealing'

export const redeemInvite = defineAction({
  contract: redeemInviteContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    return redeemCode(ctx, input.code, 'staff', '向管理员', async (tx, invite, at) => {
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
