/**
 * Agency (委托代理, issue 12 §7). The rules (who may answer, what confirming and refusing do, that the
 * office cannot approve before) are core's `org/agency`; the code is the invite primitive (purpose
 * 'principal': random code, keyed hash stored, 7-day expiry, single use, attempts rate-limited). The
 * filing records which code is current, so a new code kills the old one. Each change is one unit with
 * its audit entry (the principal's openid and time), written against the filing's version.
 */
import {
  accountDisplayName,
  ACCOUNT_KIND_LABELS,
  agencyCodeContract,
  agencyConfirmContract,
  agencyPreviewContract,
  agencyRefuseContract,
  confirmAgency,
  canAnswerAgency,
  contentOf,
  maskPhone,
  refuseAgency,
  SUBJECT_TYPE_LABELS,
  withDerivedState,
  withPrincipalCode,
  type AgencyChange,
  type SubjectType
} from '../../core'
import { defineAction, SIGNED_IN, type UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord } from '../../ports/records'
import type { UnitOfWork } from '../../ports/store.port'
import { loadFiling, loadOwnFiling, requireUser, writeApplicantChange } from '../../services/filings'
import { INVITE_VALID_DAYS, inviteId, peekCode, redeemCode } from '../../services/invites'
import { queueOwed } from '../../services/notify'
import { refusalError } from '../../services/transition'

const ASK = '向代理机构'

async function writeChange(ctx: UserCtx, tx: UnitOfWork, cur: FilingRecord, change: AgencyChange, action: string, detail: Record<string, string>): Promise<FilingRecord> {
  if (!change.ok) throw refusalError(change)
  // One unit: a conflicting write below rolls the queued message back with it.
  const unsent = change.message ? await queueOwed(ctx, tx, cur.id, change.message) : null
  return writeApplicantChange(ctx, tx, cur, withDerivedState(change.next, ctx.rt.config), action, unsent ? { ...detail, unsent } : detail)
}

export const agencyCode = defineAction({
  contract: agencyCodeContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    const code = ctx.rt.ids.newCode()
    const id = inviteId(ctx.rt.crypto, code)
    const at = ctx.now.toISOString()
    const expiresAt = new Date(ctx.now.getTime() + INVITE_VALID_DAYS * 86_400_000).toISOString()
    await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.filings.get(rec.id)
      if (!cur) throw errors.notFound()
      await writeChange(ctx, tx, cur, withPrincipalCode(cur, id, ctx.caller.openid, ctx.now), 'agency-code', { expiresAt })
      await tx.invites.put({ id, purpose: 'principal', filingId: rec.id, name: '委托方', createdBy: ctx.caller.openid, createdAt: at, expiresAt, usedBy: null, usedAt: null })
    })
    return { code, expiresAt }
  }
})

export const agencyPreview = defineAction({
  contract: agencyPreviewContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const invite = await peekCode(ctx, input.code, 'principal', ASK)
    const rec = await loadFiling(ctx, invite.filingId)
    const may = canAnswerAgency(rec, invite.id, ctx.caller.openid)
    if (!may.ok) throw refusalError(may)
    // Stored content is already masked (ID numbers sealed apart): nothing here needs unsealing.
    const content = contentOf(rec.working)
    const agency = content.agency ?? {}
    const subject = content.subject ?? {}
    return {
      subjectName: rec.index.subjectName,
      subjectType: subject.type && subject.type in SUBJECT_TYPE_LABELS ? SUBJECT_TYPE_LABELS[subject.type as SubjectType] : '',
      subjectId: subject.type === 'individual' ? (subject.idNumber ?? null) : (subject.uscc ?? null),
      agency: { name: agency.name ?? '', contact: agency.contact ?? '', phone: maskPhone(agency.phone) },
      accounts: (content.accounts ?? []).map((a) => ({ kind: a.kind ? ACCOUNT_KIND_LABELS[a.kind] : '账号', name: accountDisplayName(a) })),
      submittedAt: rec.submittedAt,
      amendment: rec.approved !== null,
      expiresAt: invite.expiresAt
    }
  }
})

export const agencyConfirm = defineAction({
  contract: agencyConfirmContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const done = await redeemCode(ctx, input.code, 'principal', ASK, async (tx, invite) => {
      const cur = await tx.filings.get(invite.filingId)
      if (!cur) throw errors.notFound('该备案已不存在')
      return writeChange(ctx, tx, cur, confirmAgency(cur, invite.id, ctx.caller.openid, ctx.now), 'agency-confirm', { principalAt: ctx.now.toISOString() })
    })
    return { id: done.id, accountNames: [...done.index.accountNames] }
  }
})

export const agencyRefuse = defineAction({
  contract: agencyRefuseContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    await redeemCode(ctx, input.code, 'principal', ASK, async (tx, invite) => {
      const cur = await tx.filings.get(invite.filingId)
      if (!cur) throw errors.notFound('该备案已不存在')
      return writeChange(ctx, tx, cur, refuseAgency(cur, invite.id, ctx.caller.openid, input.reason, ctx.now, ctx.rt.config), 'agency-refuse', { from: cur.status, to: 'returned', reason: input.reason })
    })
    return { refused: true as const }
  }
})
