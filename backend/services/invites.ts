/**
 * One-time codes — one primitive for staff invites and co-manager invites: a random code shown once,
 * stored only as its keyed hash with an expiry, single use, redeem attempts rate-limited per caller.
 */
import type { Ctx } from '../entry/action'
import { errors } from '../errors'
import type { ClaimInvite, Invite, ManagerInvite, StaffInvite } from '../ports/records'
import type { UnitOfWork } from '../ports/store.port'
import type { Crypto } from '../ports/system.port'
import { consumeRate } from './rate-limit'

/** Invites are stored under a keyed hash of their code: a database reader cannot redeem one. */
export function inviteId(crypto: Crypto, code: string): string {
  return crypto.hash(`invite:${code.trim().toUpperCase()}`)
}

export const INVITE_VALID_DAYS = 7

type Purpose = NonNullable<Invite['purpose']>
type Of<P extends Purpose> = P extends 'manager' ? ManagerInvite : P extends 'claim' ? ClaimInvite : StaffInvite

const purposeOf = (i: Invite): Purpose => i.purpose ?? 'staff'

/**
 * Redeems `code` for `purpose` in one unit: the attempt is counted first (in a unit of its own, so a
 * wrong code still counts, in one daily budget whatever the purpose), then the invite must exist, be
 * of this purpose, unused and unexpired; `use` does what it grants, and the invite is marked used in
 * the same unit. `whoToAsk` ends the refusals (向管理员 / 向备案的所有人).
 */
export async function redeemCode<P extends Purpose, T>(ctx: Ctx & { caller: { openid: string } }, code: string, purpose: P, whoToAsk: string, use: (tx: UnitOfWork, invite: Of<P>, at: string) => Promise<T>): Promise<T> {
  const id = inviteId(ctx.rt.crypto, code)
  const at = ctx.now.toISOString()
  await consumeRate(ctx, 'redeemInvite')
  return ctx.rt.store.runUnit(async (tx) => {
    const invite = await tx.invites.get(id)
    // A code of the other purpose reads as unknown: a co-manager code makes no one staff, and back.
    if (!invite || invite.usedBy || purposeOf(invite) !== purpose) throw errors.invalid(`邀请码无效或已被使用，请${whoToAsk}索取新的邀请码`, { code: '邀请码无效或已被使用' })
    if (invite.expiresAt < at) throw errors.invalid(`邀请码已过期，请${whoToAsk}索取新的邀请码`, { code: '邀请码已过期' })
    const out = await use(tx, invite as Of<P>, at)
    await tx.invites.put({ ...invite, usedBy: ctx.caller.openid, usedAt: at })
    return out
  })
}
