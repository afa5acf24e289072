/**
 * Filing and review deadlines. All dates are local dates in the jurisdiction's time zone;
 * instants (ISO strings, Date) are converted to the local date first.
 */
import type { JurisdictionConfig } from './jurisdiction/schema'
import { localDate } from './local-time'
import { addWorkingDays, workingDaysBetween } from './calendar'

export { isWorkingDay, addWorkingDays, workingDaysBetween, calendarKnown, workingDayOnOrAfter } from './calendar'

/**
 * When an account opened on `openedOn` must be filed.
 * - Opened on or before the campaign's last day: the campaign's last day (the notice asks every
 *   existing account to file during the campaign).
 * - Opened later: the N-th working day after opening (N = newAccountDeadlineWorkingDays, the
 *   opening day not counted), per "开通后30个工作日内完成登记备案".
 */
export function filingDueDate(openedOn: string, config: JurisdictionConfig): string {
  if (openedOn <= config.campaign.end) return config.campaign.end
  return addWorkingDays(openedOn, config.newAccountDeadlineWorkingDays, config)
}

/** Filed (or, if not yet filed, `now`) after the due date, both as local dates. */
export function isFilingOverdue(openedOn: string, filedAt: Date | string | null, now: Date, config: JurisdictionConfig): boolean {
  const due = filingDueDate(openedOn, config)
  const day = localDate(filedAt ?? now, config.timezone)
  return day > due
}

/** Last local day on which the office should decide on a submission. */
export function reviewDueDate(submittedAt: Date | string, config: JurisdictionConfig): string {
  return addWorkingDays(localDate(submittedAt, config.timezone), config.reviewWorkingDays, config)
}

/**
 * Working days left for the review: 0 on the due day, negative once overdue. A weekend right
 * after the due day already counts as -1 (overdue), not 0 (which would read as "due today").
 */
export function reviewWorkingDaysLeft(submittedAt: Date | string, now: Date, config: JurisdictionConfig): number {
  return workingDaysLeftUntil(reviewDueDate(submittedAt, config), now, config)
}

/** The same count from a due date already known (a stored `reviewDueDate`). */
export function workingDaysLeftUntil(due: string, now: Date, config: JurisdictionConfig): number {
  const today = localDate(now, config.timezone)
  const left = workingDaysBetween(today, due, config)
  return today > due ? Math.min(-1, left) : left
}
