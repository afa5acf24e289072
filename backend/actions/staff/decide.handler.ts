/**
 * A reviewer's decision. Two reviewers deciding at once: both pass the version they saw; the
 * second write finds a newer version and gets "已被他人处理，请刷新", with nothing written.
 */
import { defineAction, STAFF } from '../../entry/action'
import type { FilingRecord } from '../../ports/records'
import { searchTextOf } from '../../services/filing-index'
import { restoreApproved } from '../../services/snapshots'
import { runTransition } from '../../services/transition'
import { decideContract } from '../../core'

export const decide = defineAction({
  contract: decideContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const d = input.decision
    const at = ctx.now.toISOString()
    const role = ctx.caller.role === 'admin' ? 'admin' : 'reviewer'
    return runTransition(ctx, {
      id: input.id,
      version: input.version,
      action: d.decision,
      roleFor: () => role,
      payload: d.decision === 'return' ? { reasons: d.reasons } : d.decision === 'reject' ? { reason: d.reason } : {},
      auditDetail: d.decision === 'approve' && d.note ? { note: d.note } : {},
      patch: (cur, event): Partial<FilingRecord> => {
        const decided = { decidedAt: at, reviewDueDate: null }
        if (d.decision === 'approve') {
          const number = event.filingNumber ?? cur.filingNumber
          return { ...decided, approved: { ...cur.working, approvedAt: at, index: cur.index }, returnReasons: [], rejectReason: null, searchText: searchTextOf(cur.index, number) }
        }
        if (d.decision === 'return') return { ...decided, returnReasons: event.reasons ?? [] }
        return event.to === 'approved' ? { ...restoreApproved(cur), ...decided, rejectReason: d.reason } : { ...decided, rejectReason: d.reason }
      }
    })
  }
})
