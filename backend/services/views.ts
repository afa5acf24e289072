/** What the applicant and staff screens receive: derived (by core's predicates), masked where it must be. */
import {
  awaitingPrincipal,
  AWAITING_PRINCIPAL_LABEL,
  findTown,
  isAwaitingReview,
  isFilingLate,
  platformLabel,
  recusalReason,
  reviewWorkingDaysLeft,
  workingDaysLeftUntil,
  standingOf,
  statusLabel,
  type FilingListItem,
  type JurisdictionConfig,
  type QueueItem,
  type StaffIdentity,
  type TimelineEntry
} from '../core'
import type { AuditEntry, FilingRecord } from '../ports/records'

export function toListItem(r: FilingRecord, now: Date, config: JurisdictionConfig): FilingListItem {
  const standing = standingOf(r)
  return {
    id: r.id,
    status: r.status,
    statusLabel: awaitingPrincipal(r) ? AWAITING_PRINCIPAL_LABEL : statusLabel(r.status),
    awaitingPrincipal: awaitingPrincipal(r),
    hasApprovedVersion: standing.hasApprovedVersion,
    accountNames: r.index.accountNames,
    platforms: r.index.platforms.map((p) => platformLabel(p, config)),
    subjectName: r.index.subjectName,
    filingNumber: r.filingNumber,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    dueDate: r.index.dueDate,
    overdue: isFilingLate({ ...standing, dueDate: r.index.dueDate }, now, config),
    fixBy: r.fixBy ?? null,
    version: r.version
  }
}

/** The status timeline from the audit log; staff identities are not shown to applicants. */
export function toTimeline(entries: AuditEntry[]): TimelineEntry[] {
  return entries
    .filter((e) => typeof e.detail.to === 'string')
    .map((e) => {
      const to = typeof e.detail.to === 'string' ? e.detail.to : null
      return {
        at: e.at,
        action: e.action,
        by: e.actorRole === 'reviewer' || e.actorRole === 'admin' ? 'staff' : e.actorRole === 'system' ? 'system' : 'applicant',
        from: typeof e.detail.from === 'string' ? e.detail.from : null,
        to,
        toLabel: to ? statusLabel(to) : null,
        note: typeof e.detail.note === 'string' ? e.detail.note : null
      }
    })
}

export function toQueueItem(r: FilingRecord, now: Date, config: JurisdictionConfig, staff: StaffIdentity): QueueItem {
  return {
    ...toListItem(r, now, config),
    subjectType: r.index.subjectType,
    town: r.index.town,
    townName: r.index.town ? (findTown(config, r.index.town)?.name ?? r.index.town) : null,
    reviewDueDate: r.reviewDueDate,
    // The stored due date was computed by the same rule at submission; recomputing it per row was
    // most of a queue page's time.
    reviewDaysLeft: !isAwaitingReview(r.status) || !r.submittedAt ? null
      : r.reviewDueDate ? workingDaysLeftUntil(r.reviewDueDate, now, config) : reviewWorkingDaysLeft(r.submittedAt, now, config),
    recusal: recusalReason(r, staff),
    filedLate: r.filedLate ?? false
  }
}
