/** What the applicant and staff screens receive: derived, masked where it must be. */
import { STATUS_LABELS, findTown, localDate, reviewWorkingDaysLeft, type JurisdictionConfig } from '../core'
import type { AuditEntry, FilingRecord } from '../ports/records'
import { platformLabel } from './filing-index'

export interface FilingListItem {
  id: string
  status: FilingRecord['status']
  statusLabel: string
  accountNames: string[]
  platforms: string[]
  subjectName: string
  filingNumber: string | null
  updatedAt: string
  submittedAt: string | null
  dueDate: string | null
  /** Not yet filed (draft/returned) and the due date has passed. */
  overdue: boolean
  version: number
}

const UNFILED = new Set(['draft', 'returned'])

export function statusLabel(status: string): string {
  return STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? status
}

export function toListItem(r: FilingRecord, now: Date, config: JurisdictionConfig): FilingListItem {
  const today = localDate(now, config.timezone)
  return {
    id: r.id,
    status: r.status,
    statusLabel: statusLabel(r.status),
    accountNames: r.index.accountNames,
    platforms: r.index.platforms.map((p) => platformLabel(p, config)),
    subjectName: r.index.subjectName,
    filingNumber: r.filingNumber,
    updatedAt: r.updatedAt,
    submittedAt: r.submittedAt,
    dueDate: r.index.dueDate,
    overdue: UNFILED.has(r.status) && r.index.dueDate !== null && r.index.dueDate < today,
    version: r.version
  }
}

export interface TimelineEntry {
  at: string
  action: string
  by: 'applicant' | 'staff' | 'system'
  from: string | null
  to: string | null
  toLabel: string | null
  note: string | null
}

/** The status timeline from the audit log; staff identities are not shown to applicants. */
export function toTimeline(entries: AuditEntry[]): TimelineEntry[] {
  return entries
    .filter((e) => typeof e.detail.to === 'string' || e.action === 'save-draft-created')
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

const UNDER_REVIEW = new Set(['submitted', 'amending'])

export interface QueueItem extends FilingListItem {
  subjectType: string | null
  town: string | null
  townName: string | null
  reviewDueDate: string | null
  /** Working days left for the decision (negative = overdue); null when not under review. */
  reviewDaysLeft: number | null
  /** First submitted after its filing due date (逾期备案). */
  filedLate: boolean
}

export function toQueueItem(r: FilingRecord, now: Date, config: JurisdictionConfig): QueueItem {
  return {
    ...toListItem(r, now, config),
    subjectType: r.index.subjectType,
    town: r.index.town,
    townName: r.index.town ? (findTown(config, r.index.town)?.name ?? r.index.town) : null,
    reviewDueDate: r.reviewDueDate,
    reviewDaysLeft: UNDER_REVIEW.has(r.status) && r.submittedAt ? reviewWorkingDaysLeft(r.submittedAt, now, config) : null,
    filedLate: r.filedLate ?? false
  }
}
