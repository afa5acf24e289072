/**
 * One filing for review: masked content, short-lived document links (access audited), history,
 * duplicate hints (normalised keys), whether the applicant can still be notified, whether
 * this staff member must recuse (then no action is offered), and what a resubmission changed.
 */
import { changesSince, shownAuditDetail, INTAKE_CHANNEL_LABELS, isUnclaimed, principalView, reviewActions, type DraftContent, type DuplicateHint, type IntakeView, FILE_LINK_SECONDS, LIVE_STATUSES, RECUSAL_MESSAGES, staffGetContract, statusLabel } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import type { FilingRecord } from '../../ports/records'
import type { Ctx } from '../../entry/action'
import { loadFiling } from '../../services/filings'
import { reachOf } from '../../services/reach'
import { fileIdsOf } from '../../services/snapshots'
import { staffIdentity } from '../../services/staff-identity'
import { toQueueItem } from '../../services/views'
import { trustView } from '../../services/trust/review'

function duplicateHint(rec: FilingRecord): DuplicateHint {
  return { id: rec.id, filingNumber: rec.filingNumber, status: rec.status, statusLabel: statusLabel(rec.status), accountNames: rec.index.accountNames, subjectName: rec.index.subjectName }
}

/** Where an entered or imported filing came from, and whether a claim code is live (the code itself is never stored). */
async function intakeView(ctx: Ctx, rec: FilingRecord, names: Map<string, string>): Promise<IntakeView | null> {
  const intake = rec.intake
  if (!intake) return null
  const code = intake.claimCodeId ? await ctx.rt.store.invites.get(intake.claimCodeId) : null
  const live = code !== null && code.usedBy === null && code.expiresAt > ctx.now.toISOString()
  return {
    channel: intake.channel,
    channelLabel: INTAKE_CHANNEL_LABELS[intake.channel],
    enteredByName: names.get(intake.enteredBy) ?? null,
    enteredAt: intake.enteredAt,
    receivedOn: intake.receivedOn ?? null,
    legacyNumber: intake.legacyNumber ?? null,
    claimed: !isUnclaimed(rec),
    claimCodeExpiresAt: live ? code.expiresAt : null
  }
}

export const staffGet = defineAction({
  contract: staffGetContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const rec = await loadFiling(ctx, input.id)
    const role = ctx.caller.role === 'admin' ? 'admin' : 'reviewer'
    const fileIds = fileIdsOf(rec)
    const [links, audit, staff, sameAccounts, me, reach, trust] = await Promise.all([
      ctx.rt.files.signedUrls(fileIds, FILE_LINK_SECONDS),
      ctx.rt.store.audit.listByFiling(rec.id),
      ctx.rt.store.staff.list(),
      ctx.rt.store.filings.findByAccountKeys(rec.index.accountKeys, [...LIVE_STATUSES]),
      staffIdentity(ctx),
      reachOf(ctx, rec),
      trustView(ctx, rec)
    ])
    if (fileIds.length) {
      await ctx.rt.store.audit.insert({
        id: ctx.rt.ids.newId(),
        at: ctx.now.toISOString(),
        actorOpenid: ctx.caller.openid,
        actorRole: role,
        action: 'view-documents',
        filingId: rec.id,
        detail: { files: fileIds.length }
      })
    }
    const names = new Map(staff.map((s) => [s.openid, s.name]))
    // Only staff acts carry a staff name: the name recorded with the act, else the current one.
    // An applicant who later joined the staff still reads as the applicant on their own filing.
    const actorName = (e: (typeof audit)[number]): string | null => {
      if (e.actorRole !== 'reviewer' && e.actorRole !== 'admin') return null
      if (typeof e.detail.actorName === 'string') return e.detail.actorName
      return e.actorOpenid ? (names.get(e.actorOpenid) ?? null) : null
    }
    const item = toQueueItem(rec, ctx.now, ctx.rt.config, me)
    return {
      ...item,
      recusalMessage: item.recusal ? RECUSAL_MESSAGES[item.recusal] : null,
      content: rec.working.content as unknown as DraftContent,
      approvedContent: rec.approved ? (rec.approved.content as unknown as DraftContent) : null,
      returnReasons: rec.returnReasons,
      rejectReason: rec.rejectReason,
      documentLinks: links,
      registrationForm: rec.working.form ?? null,
      history: audit.map((e) => ({ at: e.at, action: e.action, actorRole: e.actorRole, detail: shownAuditDetail(e.detail), actorName: actorName(e) })),
      availableActions: item.recusal ? [] : reviewActions(rec, role),
      principal: principalView(rec),
      duplicates: sameAccounts.filter((d) => d.id !== rec.id).map(duplicateHint),
      reach,
      changesSinceReturn: rec.returnedContent && (rec.status === 'submitted' || rec.status === 'amending')
        ? changesSince(rec.returnedContent as unknown as DraftContent, rec.working.content as unknown as DraftContent, ctx.rt.config)
        : [],
      trust,
      intake: await intakeView(ctx, rec, names)
    }
  }
})
