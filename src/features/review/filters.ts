import type { JurisdictionConfig } from '../../core/jurisdiction/schema'
import type { QueueFilterInput } from '../../core/contracts/staff/queue'
import type { FilingStatus } from '../../core/status'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../core/schemas/subject'
import { AWAITING_REVIEW_STATUSES, STAFF_VISIBLE_STATUSES } from '../../core/filing/status'
import { APP_PLATFORM, platformLabel, WEBSITE_PLATFORM } from '../../core/filing/accounts'
import { T } from './texts'

/** What the queue and the export send: the contract's filter (src/core/contracts/staff/queue). */
export type QueueFilter = QueueFilterInput

export type TabKey = keyof typeof T.tabs

/** Staff never see drafts: 全部 is every status an applicant has submitted at least once. */
export const TAB_STATUSES: Readonly<Record<TabKey, readonly FilingStatus[]>> = {
  todo: AWAITING_REVIEW_STATUSES,
  returned: ['returned'],
  approved: ['approved'],
  rejected: ['rejected'],
  all: STAFF_VISIBLE_STATUSES
}

export const TAB_KEYS = Object.keys(TAB_STATUSES) as TabKey[]

export function isTabKey (v: unknown): v is TabKey {
  return typeof v === 'string' && v in TAB_STATUSES
}

export interface Option { value: string, label: string }

export function platformOptions (config: JurisdictionConfig): Option[] {
  return [
    ...[WEBSITE_PLATFORM, APP_PLATFORM, ...config.platforms.map((p) => p.code)].map((code) => ({ value: code, label: platformLabel(code, config) }))
  ]
}

export function townOptions (config: JurisdictionConfig): Option[] {
  return config.towns.map((t) => ({ value: t.code, label: t.name }))
}

export function subjectTypeOptions (): Option[] {
  return (Object.keys(SUBJECT_TYPE_LABELS) as SubjectType[]).map((k) => ({ value: k, label: SUBJECT_TYPE_LABELS[k] }))
}

/** The backend filter for a tab plus the narrowing the reviewer chose. */
export function toFilter (tab: TabKey, narrow: Omit<QueueFilter, 'status'>): QueueFilter {
  const f: QueueFilter = { status: [...TAB_STATUSES[tab]] }
  if (narrow.platform) f.platform = narrow.platform
  if (narrow.subjectType) f.subjectType = narrow.subjectType
  if (narrow.town) f.town = narrow.town
  if (narrow.overdue === true) f.overdue = true
  const q = narrow.q?.trim()
  if (q) f.q = q
  return f
}
