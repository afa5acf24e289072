/**
 * Transfer of a filing to a new operator (转让, issue 12 §7.5). The rules (who may start, which
 * filings may move, what accepting does) are core's `org/transfer`; the code is the invite primitive
 * (purpose 'transfer': random code, keyed hash stored, 7-day expiry, single use, attempts counted).
 * The filing records its open code, so a new code or a cancellation kills the old one (its invite is
 * deleted in the same unit). Accepting is one unit: the filing changes hands, the code is used, the
 * change of operator (变更备案) opens with the new owner as the one reminded, and it is audited.
 */
import {
  cancelTransfer,
  codePreviewContract,
  startTransfer,
  TRANSFER_CONSEQUENCES,
  transferAcceptContract,
  transferCancelContract,
  transferPreviewContract,
  transferRefusal,
  transferStartContract,
  transferTo,
  type TransferChange,
  type TransferPreview
} from '../../core'
import { defineAction, SIGNED_IN, type UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord, TransferInvite } from '../../ports/records'
import type { UnitOfWork } from '../../ports/store.port'
import { loadFiling, loadOwnFiling, requireUser, writeApplicantChange } from '../../services/filings'
import { INVITE_VALID_DAYS, inviteId, peekCode, redeemCode } from '../../services/invites'
import { openChange } from '../../services/outreach/upkeep'
import { refusalError } from '../../services/transition'
import { hasOpenCase, trackForNewOwner } from '../../services/transfer'

const ASK = '向备案的所有人'

async function write(ctx: UserCtx, tx: UnitOfWork, cur: FilingRecord, change: TransferChange, action: string, detail: Record<string, string>): Promise<FilingRecord> {
  if (!change.ok) throw refusalError(change)
  if (change.revoked) await tx.invites.remove(change.revoked)
  return writeApplicantChange(ctx, tx, cur, change.next, action, detail)
}

export const transferStart = defineAction({
  contract: transferStartContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    if (rec.version !== input.version) throw errors.conflict()
    const openCase = await hasOpenCase(ctx, rec.id)
    const code = ctx.rt.ids.newCode()
    const id = inviteId(ctx.rt.crypto, code)
    const at = ctx.now.toISOString()
    const expiresAt = new Date(ctx.now.getTime() + INVITE_VALID_DAYS * 86_400_000).toISOString()
    const next = await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.filings.get(rec.id)
      if (!cur || cur.version !== input.version) throw errors.conflict()
      const done = await write(ctx, tx, cur, startTransfer(cur, ctx.caller.openid, { inviteId: id, toName: input.toName, expiresAt }, ctx.now, openCase), 'transfer-start', { toName: input.toName, expiresAt })
      await tx.invites.put({ id, purpose: 'transfer', filingId: rec.id, name: input.toName, createdBy: ctx.caller.openid, createdAt: at, expiresAt, usedBy: null, usedAt: null })
      return done
    })
    return { code, expiresAt, version: next.version }
  }
})

export const transferCancel = defineAction({
  contract: transferCancelContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    const next = await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.filings.get(rec.id)
      if (!cur) throw errors.notFound()
      return write(ctx, tx, cur, cancelTransfer(cur, ctx.caller.openid, ctx.now), 'transfer-cancel', { toName: cur.transfer?.toName ?? '' })
    })
    return { id: next.id, version: next.version }
  }
})

/** What the receiver would take over; refused as accepting would be (the code revoked, the filing changed, your own filing). */
async function previewOf(ctx: UserCtx, invite: TransferInvite): Promise<TransferPreview> {
  const rec = await loadFiling(ctx, invite.filingId)
  const refused = transferRefusal(rec, invite.id, ctx.caller.openid, await hasOpenCase(ctx, rec.id))
  if (refused) throw refusalError(refused)
  const index = rec.approved?.index ?? rec.index
  return {
    accountNames: [...index.accountNames],
    filingNumber: rec.filingNumber ?? '',
    subjectName: index.subjectName,
    toName: invite.name,
    expiresAt: invite.expiresAt,
    consequences: TRANSFER_CONSEQUENCES
  }
}

export const transferPreview = defineAction({
  contract: transferPreviewContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    return previewOf(ctx, await peekCode(ctx, input.code, 'transfer', ASK))
  }
})

export const codePreview = defineAction({
  contract: codePreviewContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const invite = await peekCode(ctx, input.code, ['manager', 'transfer'] as const, ASK)
    if (invite.purpose === 'manager') return { kind: 'manager' as const }
    return { kind: 'transfer' as const, transfer: await previewOf(ctx, invite) }
  }
})

export const transferAccept = defineAction({
  contract: transferAcceptContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const code = input.code
    // The case check reads outside the unit (cases are their own collection); the filing's version guards the rest.
    const peeked = await ctx.rt.store.invites.get(inviteId(ctx.rt.crypto, code))
    const openCase = peeked?.purpose === 'transfer' ? await hasOpenCase(ctx, peeked.filingId) : false
    const done = await redeemCode(ctx, code, 'transfer', ASK, async (tx, invite) => {
      const cur = await tx.filings.get(invite.filingId)
      if (!cur) throw errors.notFound('该备案已不存在')
      const from = cur.ownerOpenid
      const next = await write(ctx, tx, cur, transferTo(cur, invite.id, ctx.caller.openid, ctx.now, openCase), 'transfer', { fromOpenid: from, toOpenid: ctx.caller.openid, toName: invite.name })
      // Reminders of the change go to the new owner; the directory consent was the old operator's to give.
      const upkeep = await openChange(ctx, tx, next, ['operator'], 'operator', { openid: next.ownerOpenid, listed: false, listedAt: null })
      return { next, dueOn: upkeep.change?.dueOn ?? '' }
    })
    // After the unit (file tracking is no part of it): idempotent, and a retry of nothing once done.
    await trackForNewOwner(ctx.rt, done.next, ctx.now)
    return { id: done.next.id, accountNames: [...(done.next.approved?.index ?? done.next.index).accountNames], dueOn: done.dueOn }
  }
})
