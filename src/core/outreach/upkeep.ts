/**
 * Upkeep prompts (动态备案): (a) a 建议备案 operator below the follower threshold who asked to be
 * told is prompted to file once they report crossing it; (b) a change of operator or contact must
 * be filed within 30 working days: a due date, one reminder before it (against a consent credit;
 * always shown in the app), and once overdue a supervision lead. Pure: `now` is passed in.
 */
import { addWorkingDays } from '../calendar'
import { localDate } from '../local-time'
import type { EligibilityResult } from '../eligibility'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import type { MessageRequest } from '../notifications/policy'
import { pagePath } from '../routes'
import { CHANGE_KIND_LABELS, type ChangeKind } from './change-kinds'

type CalendarConfig = Pick<JurisdictionConfig, 'holidayOverrides' | 'timezone'>

export interface CrossingPrompt {
  threshold: number
  followers: number
  message: string
  dueDate: string | null
}

/**
 * The prompt when a report of followers crosses the platform's threshold: the operator was below
 * it (a known count under the threshold) and the same answers with the new count now say 须备案.
 */
export function crossingPrompt(before: number | null, after: EligibilityResult): CrossingPrompt | null {
  const t = after.threshold
  if (!t || t.below || t.actual === null || after.verdict !== 'must') return null
  if (before === null || before >= t.required) return null
  return {
    threshold: t.required,
    followers: t.actual,
    dueDate: after.dueDate ?? null,
    message: `您的${t.platformName}账号粉丝量已达${t.actual}，达到${t.required}的备案标准，请办理登记备案${after.dueDate ? `（${after.dueDate}前）` : ''}`
  }
}

/** A change of operator or contact is filed within this many working days (the notice's 动态备案). */
export const CHANGE_FILING_WORKING_DAYS = 30
/** The reminder goes out this many working days before the due date. */
export const CHANGE_REMINDER_WORKING_DAYS = 5


export interface ChangeSchedule {
  reportedOn: string
  dueOn: string
  remindOn: string
}

/** The due date of a change reported today: 30 working days on (holidays skipped); the reminder 5 working days before it. */
export function changeSchedule(now: Date, config: CalendarConfig): ChangeSchedule {
  const reportedOn = localDate(now, config.timezone)
  const dueOn = addWorkingDays(reportedOn, CHANGE_FILING_WORKING_DAYS, config)
  return { reportedOn, dueOn, remindOn: addWorkingDays(dueOn, -CHANGE_REMINDER_WORKING_DAYS, config) }
}

export interface OpenChange {
  dueOn: string
  remindOn: string
  remindedAt: string | null
  leadAt: string | null
  resolvedAt: string | null
}

/** What the timer owes an open change today: nothing, its one reminder, or (after the due date) a lead. */
export function changeDue(c: OpenChange, now: Date, config: CalendarConfig): 'none' | 'remind' | 'lead' {
  if (c.resolvedAt || c.leadAt) return 'none'
  const today = localDate(now, config.timezone)
  if (today > c.dueOn) return 'lead'
  if (today >= c.remindOn && !c.remindedAt) return 'remind'
  return 'none'
}

/** The change is filed once an amendment (or any submission) follows the report. */
export function changeFiled(reportedAt: string, submittedAt: string | null): boolean {
  return submittedAt !== null && submittedAt >= reportedAt
}

export function changeReminderRequest(c: { openid: string; accountName: string; dueOn: string; kinds: readonly ChangeKind[] }): MessageRequest {
  return {
    kind: 'upkeepReminder',
    openid: c.openid,
    page: pagePath('filings'),
    values: { deadlineReminder: { accountName: c.accountName, deadline: c.dueOn, remark: `${c.kinds.map((k) => CHANGE_KIND_LABELS[k]).join('、')}请及时办理变更备案` } }
  }
}
