/**
 * Every status set and predicate of a filing, once. Lookup, queue, statistics, export, purge,
 * duplicate checks, the views and the mini-program all ask here. No calendar import: the
 * mini-program's main package uses this file.
 */
import { localDate } from '../local-time'
import type { FilingStatus } from '../status'
import type { JurisdictionConfig } from '../jurisdiction/schema'

/** What every predicate needs: the status and whether an approved version stands behind it. */
export interface Standing {
  status: FilingStatus
  hasApprovedVersion: boolean
}

/** The standing of a stored filing. */
export function standingOf(f: { status: FilingStatus; approved: unknown }): Standing {
  return { status: f.status, hasApprovedVersion: f.approved !== null && f.approved !== undefined }
}


/** Holds its accounts against every other filing: filed, or on its way to being filed. */
export const LIVE_STATUSES: readonly FilingStatus[] = ['submitted', 'returned', 'approved', 'amending']
/** Waiting for the office's decision: the review queue's default. */
export const AWAITING_REVIEW_STATUSES: readonly FilingStatus[] = ['submitted', 'amending']
/** The applicant may edit the working content (autosave, correction). */
export const EDITABLE_STATUSES: readonly FilingStatus[] = ['draft', 'returned']
/**
 * The applicant may prepare new content (photos read by OCR, a new version): while editing, or
 * on an approved filing about to be amended (the amendment carries the new content).
 */
export const PREPARING_STATUSES: readonly FilingStatus[] = [...EDITABLE_STATUSES, 'approved']
/** Everything staff can see: an applicant has submitted it at least once. */
export const STAFF_VISIBLE_STATUSES: readonly FilingStatus[] = ['submitted', 'amending', 'returned', 'approved', 'rejected', 'withdrawn', 'cancelled']
/**
 * Filed and standing, as a store can count it by status alone (the director's coverage): approved,
 * or approved with an amendment under review. `isFiled` is the exact rule for one filing.
 */
export const FILED_STANDING_STATUSES: readonly FilingStatus[] = ['approved', 'amending']
/** Closed without approval: the photos are deleted after the retention period. */
export const CLOSED_UNAPPROVED_STATUSES: readonly FilingStatus[] = ['withdrawn', 'rejected']

export const isLive = (status: FilingStatus): boolean => LIVE_STATUSES.includes(status)
export const isAwaitingReview = (status: FilingStatus): boolean => AWAITING_REVIEW_STATUSES.includes(status)
export const isEditable = (status: FilingStatus): boolean => EDITABLE_STATUSES.includes(status)
export const isPreparing = (status: FilingStatus): boolean => PREPARING_STATUSES.includes(status)
export const isClosedUnapproved = (status: FilingStatus): boolean => CLOSED_UNAPPROVED_STATUSES.includes(status)

/**
 * A valid filing exists: an approved version that is not cancelled — whatever is happening to
 * an amendment (under review, returned, withdrawn or rejected).
 */
export function isFiled(f: Standing): boolean {
  return f.hasApprovedVersion && f.status !== 'cancelled'
}

/** What a public answer can say of a filing. */
export const PUBLIC_STANDINGS = ['approved', 'cancelled'] as const

/** What the public sees of a filing: its approved version's standing, or nothing. */
export function publicStanding(f: Standing): (typeof PUBLIC_STANDINGS)[number] | null {
  if (!f.hasApprovedVersion) return null
  return f.status === 'cancelled' ? 'cancelled' : 'approved'
}

/** Not yet filed: a draft, or a first submission that was returned (no approved version). */
export function isUnfiled(f: Standing): boolean {
  return f.status === 'draft' || (f.status === 'returned' && !f.hasApprovedVersion)
}

/** Late filing: not yet filed and the earliest account's due date has passed. */
export function isFilingLate(f: Standing & { dueDate: string | null }, now: Date, config: Pick<JurisdictionConfig, 'timezone'>): boolean {
  return isUnfiled(f) && f.dueDate !== null && f.dueDate < localDate(now, config.timezone)
}

/** Shown to the applicant as "due by …" (only while the filing is not done yet). */
export function showsFilingDue(f: Standing & { dueDate: string | null }): boolean {
  return isUnfiled(f) && f.dueDate !== null
}

/** A filing number exists and may be shown as proof (approved, or approved under amendment). */
export function hasProof(f: Standing & { filingNumber: string | null }): boolean {
  return isFiled(f) && f.filingNumber !== null
}
