/** Deadlines someone is given: working days on the jurisdiction's holiday calendar. */
import { addWorkingDays, isWorkingDay, workingDayOnOrAfter } from '../calendar'
import { isIsoDate, localDate } from '../local-time'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { refuse, type SupervisionRefusal } from './common'

type CalendarConfig = Pick<JurisdictionConfig, 'holidayOverrides' | 'timezone'>

/**
 * A deadline someone is given: a working day after today and within a year. Past dates, today
 * and non-working days are refused with the nearest valid choice named.
 */
export function checkDeadline(deadline: string, now: Date, config: CalendarConfig, label = '截止日期'): SupervisionRefusal | null {
  if (!isIsoDate(deadline)) return refuse('invalid_payload', `${label}格式应为 年-月-日（如 2026-12-31），请重新选择`, 'deadline')
  const today = localDate(now, config.timezone)
  if (deadline <= today) {
    return refuse('invalid_payload', `${label}不能早于或等于今天（${today}），请选择今后的工作日，例如 ${addWorkingDays(today, 1, config)}`, 'deadline')
  }
  if (deadline > addWorkingDays(today, 260, config)) return refuse('invalid_payload', `${label}不能超过一年，请重新选择`, 'deadline')
  if (!isWorkingDay(deadline, config)) {
    return refuse('invalid_payload', `${label} ${deadline} 是休息日，请选择工作日，例如 ${workingDayOnOrAfter(deadline, config)}`, 'deadline')
  }
  return null
}

/** The date N working days after today: what a "10 个工作日" choice means. */
export function deadlineIn(workingDays: number, now: Date, config: CalendarConfig): string {
  return addWorkingDays(localDate(now, config.timezone), workingDays, config)
}

