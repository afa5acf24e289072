/**
 * One-time codes — one primitive for staff invites and co-manager invites: a random code shown once,
 * stored only as its keyed hash with an expiry, single use, redeem attempts rate-limited per caller.
 */
import type { Ctx } from '../entry/action'
import { errors } from '../errors'
import type { ClaimInvite, Invite, ManagerInvite, PrincipalInvite, StaffInvite, TransferInvite } from '../ports/records'
import type { UnitOfWork } from '../ports/store.port'
import type { Crypto } from '../ports/system.port'
import { consumeRate } from './rate-limit'

/** Invites are stored under a keyed hash of their code: a database reader cannot redeem one. */
export function inviteId(crypto: Crypto, code: string): string {
  return crypto.hash(`invite:${code.trim().toUpperCase()}`)
}

export const INVITE_VALID_DAYS = 7

type Purpose = NonNullable<Invite['purpose']>
type Of<P extends Purpose> = P extends 'manager' ? ManagerInvite : P extends 'claim' ? ClaimInvite : P extends 'principal' ? PrincipalInvite : P extends 'transfer' ? TransferInvite : StaffInvite

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
    const invite = checked(await tx.invites.get(id), purpose, whoToAsk, at)
    const out = await use(tx, invite, at)
    await tx.invites.put({ ...invite, usedBy: ctx.caller.openid, usedAt: at })
    return out
  })
}

/** The word a refusal uses for the code (a principal's is a 确认码). */
const WORD: Partial<Record<Purpose, string>> = { principal: '确认码', transfer: '转让码' }

function checked<P extends Purpose>(invite: Invite | null, purpose: P | readonly P[], whoToAsk: string, at: string): Of<P> {
  const purposes: readonly Purpose[] = typeof purpose === 'string' ? [purpose] : purpose
  const word = (purposes.length === 1 ? WORD[purposes[0]] : undefined) ?? '邀请码'
  // A code of the other purpose reads as unknown: a co-manager code makes no one staff, and back.
  if (!invite || invite.usedBy || !purposes.includes(purposeOf(invite))) throw errors.invalid(`${word}无效或已被使用，请${whoToAsk}索取新的${word}`, { code: `${word}无效或已被使用` })
  if (invite.expiresAt < at) throw errors.invalid(`${word}已过期，请${whoToAsk}索取新的${word}`, { code: `${word}已过期` })
  return invite as Of<P>
}

/**
 * Reads what a code grants without using it (a preview before the holder decides); counted like a
 * redeem. Given several purposes, it answers which one the code is (one box for several kinds of code).
 */
export async function peekCode<P extends Purpose>(ctx: Ctx & { caller: { openid: string } }, code: string, purpose: P | readonly P[], whoToAsk: string): Promise<Of<P>> {
  await consumeRate(ctx, 'redeemInvite')
  return checked(await ctx.rt.store.invites.get(inviteId(ctx.rt.crypto, code)), purpose, whoToAsk, ctx.now.toISOString())
}
