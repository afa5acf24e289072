/**
 * Claim codes and claims. A claim code is an invite (the staff-invite primitive: a one-time code,
 * stored only as its keyed hash, with an expiry) whose purpose is one filing. The owner claims with
 * that code or with the old register's number, and in both cases with the subject's identity number,
 * which must match the record; attempts are rate-limited per caller, and a wrong number or identity
 * answers the same way, so the register cannot be probed. `claimFilingFor` is the one place a
 * filing changes hands (core `claimFiling`).
 */
import { claimFiling, contentOf, INVITE_VALID_DAYS_CLAIM, isUnclaimed, normalizeSubjectIdentity, organisationIdentities } from '../../core'
import type { UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord, Invite } from '../../ports/records'
import { inviteId } from '../invites'
import { consumeRate } from '../rate-limit'
import { revealSecret } from '../sealing'
import { refusalError } from '../transition'

const NO_MATCH = '原备案号或证件号码与登记记录不一致，请核对后重试；如有疑问请联系网信办'

/** A new claim code for an unclaimed filing; the filing keeps which code is current, so a new one replaces the old. */
export async function issueClaimCode(ctx: UserCtx, filingId: string): Promise<{ code: string; expiresAt: string }> {
  const { rt, now } = ctx
  const rec = await rt.store.filings.get(filingId)
  if (!rec) throw errors.notFound()
  if (!rec.intake) throw errors.invalidState('这份备案由本人在小程序提交，无需认领')
  if (!isUnclaimed(rec)) throw errors.invalidState('这份备案已被认领，无需再发认领码')
  const code = rt.ids.newCode()
  const at = now.toISOString()
  const expiresAt = new Date(now.getTime() + INVITE_VALID_DAYS_CLAIM * 86_400_000).toISOString()
  const id = inviteId(rt.crypto, code)
  await rt.store.runUnit(async (tx) => {
    const cur = await tx.filings.get(filingId)
    if (!cur || cur.version !== rec.version) throw errors.conflict()
    if (cur.intake?.claimCodeId) await tx.invites.remove(cur.intake.claimCodeId)
    await tx.invites.put({ id, purpose: 'claim', filingId, name: '备案认领', createdBy: ctx.caller.openid, createdAt: at, expiresAt, usedBy: null, usedAt: null })
    const next: FilingRecord = { ...cur, version: cur.version + 1, updatedAt: at, intake: { ...(cur.intake ?? rec.intake!), claimCodeId: id } }
    if (!(await tx.filings.replaceIfVersion(next, cur.version))) throw errors.conflict()
    await tx.audit.insert({ id: rt.ids.newId(), at, actorOpenid: ctx.caller.openid, actorRole: ctx.caller.role, action: 'claim-code-issue', filingId, detail: { expiresAt } })
  })
  return { code, expiresAt }
}

export async function revokeClaimCode(ctx: UserCtx, filingId: string): Promise<{ id: string; revoked: boolean }> {
  const { rt, now } = ctx
  const rec = await rt.store.filings.get(filingId)
  if (!rec) throw errors.notFound()
  const codeId = rec.intake?.claimCodeId
  if (!codeId) return { id: filingId, revoked: false }
  const at = now.toISOString()
  await rt.store.runUnit(async (tx) => {
    const cur = await tx.filings.get(filingId)
    if (!cur || cur.version !== rec.version) throw errors.conflict()
    await tx.invites.remove(codeId)
    if (!(await tx.filings.replaceIfVersion({ ...cur, version: cur.version + 1, updatedAt: at, intake: { ...cur.intake!, claimCodeId: null } }, cur.version))) throw errors.conflict()
    await tx.audit.insert({ id: rt.ids.newId(), at, actorOpenid: ctx.caller.openid, actorRole: ctx.caller.role, action: 'claim-code-revoke', filingId, detail: {} })
  })
  return { id: filingId, revoked: true }
}

/** Whether `identity` is the subject's: an individual's ID number (sealed), an organisation's credit or organisation code. */
function identityMatches(ctx: UserCtx, rec: FilingRecord, identity: string): boolean {
  const given = normalizeSubjectIdentity(identity)
  const snap = rec.approved ?? rec.working
  const subject = contentOf(snap).subject
  if (subject?.type === 'individual') {
    const id = revealSecret(snap, ctx.rt.crypto, 'subject.idNumber')
    return id !== null && normalizeSubjectIdentity(id) === given
  }
  return organisationIdentities(subject).includes(given)
}

export interface ClaimRequest {
  code?: string
  filingNumber?: string
  identity: string
}

export async function claimFilingFor(ctx: UserCtx, req: ClaimRequest): Promise<{ id: string; filingNumber: string | null; status: string; version: number }> {
  const { rt, now } = ctx
  // Counted in a unit of its own: a wrong code or number still counts.
  await consumeRate(ctx, 'claimFiling')
  let invite: Invite | null = null
  let rec: FilingRecord | null
  if (req.code) {
    invite = await rt.store.invites.get(inviteId(rt.crypto, req.code))
    if (!invite || invite.purpose !== 'claim' || !invite.filingId || invite.usedBy) throw errors.invalid('认领码无效或已被使用，请核对；如需新的认领码请联系网信办', { code: '认领码无效或已被使用' })
    if (invite.expiresAt < now.toISOString()) throw errors.invalid('认领码已过期，请联系网信办重新获取', { code: '认领码已过期' })
    rec = await rt.store.filings.get(invite.filingId)
    if (!rec) throw errors.invalid('认领码对应的备案已不存在，请联系网信办', { code: '认领码对应的备案已不存在' })
    if (!identityMatches(ctx, rec, req.identity)) throw errors.invalid('证件号码与登记记录不一致，请核对备案主体的证件号码或统一社会信用代码', { identity: '与登记记录不一致' })
  } else {
    rec = await rt.store.filings.findByNumber((req.filingNumber ?? '').replace(/\s+/g, ''))
    if (!rec || !rec.intake || !identityMatches(ctx, rec, req.identity)) throw errors.invalid(NO_MATCH, { filingNumber: '请核对原备案号', identity: '请核对证件号码' })
  }
  const found = rec
  const at = now.toISOString()
  return rt.store.runUnit(async (tx) => {
    const cur = await tx.filings.get(found.id)
    if (!cur) throw errors.notFound()
    const r = claimFiling(cur, ctx.caller.openid, now, rt.config)
    if (!r.ok) throw refusalError(r)
    const next = { ...r.next, intake: { ...r.next.intake!, claimCodeId: null } }
    if (!(await tx.filings.replaceIfVersion(next, cur.version))) throw errors.conflict()
    const codeId = invite?.id ?? cur.intake?.claimCodeId
    if (codeId) {
      const current = await tx.invites.get(codeId)
      if (current) await tx.invites.put({ ...current, usedBy: ctx.caller.openid, usedAt: at })
    }
    await tx.audit.insert({ id: rt.ids.newId(), at, actorOpenid: ctx.caller.openid, actorRole: ctx.caller.role, action: 'claim', filingId: cur.id, detail: { via: req.code ? 'code' : 'number', channel: cur.intake?.channel ?? null } })
    return { id: next.id, filingNumber: next.filingNumber, status: next.status, version: next.version }
  })
}
