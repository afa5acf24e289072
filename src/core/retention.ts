/**
 * Retention of personal data: drafts nobody touches are deleted, and the photos of filings
 * that ended without approval (withdrawn, rejected) are deleted after a grace period. The
 * filing record itself stays for the audit trail.
 */
import type { JurisdictionConfig } from './jurisdiction/schema'
import type { FilingStatus } from './workflow'
import { daysBetween, localDate } from './local-time'

type RetentionConfig = Pick<JurisdictionConfig, 'retention' | 'timezone'>

/** Whole local days from instant `from` to `now`. */
function daysSince(from: Date | string, now: Date, tz: string): number {
  return daysBetween(localDate(from, tz), localDate(now, tz))
}

/** A draft last saved at `updatedAt` is abandoned once abandonedDraftDays have passed. */
export function isDraftAbandoned(updatedAt: Date | string, now: Date, config: RetentionConfig): boolean {
  return daysSince(updatedAt, now, config.timezone) >= config.retention.abandonedDraftDays
}

/** Photos of a withdrawn or rejected filing are due for deletion closedFilingFileDays after it closed. */
export function areFilesDueForDeletion(status: FilingStatus, closedAt: Date | string, now: Date, config: RetentionConfig): boolean {
  if (status !== 'withdrawn' && status !== 'rejected') return false
  return daysSince(closedAt, now, config.timezone) >= config.retention.closedFilingFileDays
}

/** Links to files (documents, exports) live this long. */
export const FILE_LINK_SECONDS = 600

/** When an upload or a not-yet-referenced stored photo made at `createdAt` is due for deletion. */
export function uploadExpiresAt(createdAt: Date, config: Pick<JurisdictionConfig, 'retention'>): Date {
  return new Date(createdAt.getTime() + config.retention.unreferencedUploadHours * 3_600_000)
}

/** When an export made at `createdAt` is deleted if nobody took delivery sooner. */
export function exportExpiresAt(createdAt: Date, config: Pick<JurisdictionConfig, 'retention'>): Date {
  return new Date(createdAt.getTime() + config.retention.exportMinutes * 60_000)
}

/** The quota window: uploads counted against `uploads.perApplicantPerDay` are those made since this. */
export function uploadQuotaSince(now: Date): Date {
  return new Date(now.getTime() - 24 * 3_600_000)
}
