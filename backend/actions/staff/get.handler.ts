/** One filing for review: masked content, 10-minute document links (access audited), history. */
import { FILE_LINK_SECONDS, availableActions, staffGetContract, type DraftContent, type DuplicateHint } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import { loadFiling } from '../../services/filings'
import { fileIdsOf } from '../../services/snapshots'
import { statusLabel, toQueueItem } from '../../services/views'
import { trustView } from '../../services/trust/review'
import type { FilingRecord, FilingStatusCode } from '../../ports/records'

/** Filings that still hold their accounts: a draft or a closed filing is no duplicate. */
const LIVE: FilingStatusCode[] = ['submitted', 'returned', 'approved', 'amending']

function duplicateHint (rec: FilingRecord, label: (status: string) => string): DuplicateHint {
  return { id: rec.id, filingNumber: rec.filingNumber, status: rec.status, statusLabel: label(rec.status), accountNames: rec.index.accountNames, subjectName: rec.index.subjectName }
}

export const staffGet = defineAction({
  contract: staffGetContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const rec = await loadFiling(ctx, input.id)
    const role = ctx.caller.role === 'admin' ? 'admin' : 'reviewer'
    const fileIds = fileIdsOf(rec)
    const [links, audit, staff, sameAccounts, trust] = await Promise.all([
      ctx.rt.files.signedUrls(fileIds, FILE_LINK_SECONDS),
      ctx.rt.store.audit.listByFiling(rec.id),
      ctx.rt.store.staff.list(),
      ctx.rt.store.filings.findByAccountKeys(rec.index.accountKeys, LIVE),
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
    return {
      ...toQueueItem(rec, ctx.now, ctx.rt.config),
      content: rec.working.content as unknown as DraftContent,
      approvedContent: rec.approved ? (rec.approved.content as unknown as DraftContent) : null,
      returnReasons: rec.returnReasons,
      rejectReason: rec.rejectReason,
      documentLinks: links,
      history: audit.map((e) => ({ at: e.at, action: e.action, actorRole: e.actorRole, detail: e.detail, actorName: e.actorOpenid ? (names.get(e.actorOpenid) ?? null) : null })),
      availableActions: availableActions(rec.status, role),
      duplicates: sameAccounts.filter((d) => d.id !== rec.id).map((d) => duplicateHint(d, statusLabel)),
      trust
    }
  }
})
