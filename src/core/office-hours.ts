/**
 * Whether the office is open now, and when it next opens, for the home page's contact card.
 * Holidays close the office; make-up workdays (调休, usually a Saturday or Sunday) open it
 * with Monday's hours, since office hours are written for ordinary weekdays.
 */
import type { JurisdictionConfig, OfficeHours } from './jurisdiction/schema'
import { addDays, instantAt, localDate, localMinutes, parseHhmm, weekday } from './dates'
import { isWorkingDay } from './calendar'

/** How far ahead nextOpening looks; longer than any Chinese holiday run. */
const SEARCH_DAYS = 60

/** Opening intervals of a local date (empty on days off). */
export function hoursOn(date: string, config: JurisdictionConfig): OfficeHours[] {
  if (!isWorkingDay(date, config)) return []
  const wd = weekday(date)
  const own = config.office.hours.filter((h) => h.weekdays.includes(wd))
  if (own.length > 0 || (wd !== 0 && wd !== 6)) return own
  return config.office.hours.filter((h) => h.weekdays.includes(1))
}

export function isOfficeOpen(now: Date, config: JurisdictionConfig): boolean {
  const minutes = localMinutes(now, config.timezone)
  return hoursOn(localDate(now, config.timezone), config).some((h) => parseHhmm(h.from) <= minutes && minutes < parseHhmm(h.to))
}

/** The next instant the office opens strictly after `now`; null if none within 60 days. */
export function nextOpening(now: Date, config: JurisdictionConfig): Date | null {
  const today = localDate(now, config.timezone)
  const minutes = localMinutes(now, config.timezone)
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const date = addDays(today, i)
    const starts = hoursOn(date, config)
      .map((h) => h.from)
      .sort()
      .filter((from) => i > 0 || parseHhmm(from) > minutes)
    if (starts.length > 0) return instantAt(date, starts[0], config.timezone)
  }
  return null
}

export interface OfficeStatus {
  open: boolean
  /** When the current opening interval ends (open only). */
  closesAt?: Date
  nextOpening: Date | null
  /** e.g. '办公中（至12:00）' / '非办公时间，下次办公：明天 08:30'. */
  label: string
}

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** A ready-to-show summary for the contact card. */
export function officeStatus(now: Date, config: JurisdictionConfig): OfficeStatus {
  const tz = config.timezone
  const today = localDate(now, tz)
  const minutes = localMinutes(now, tz)
  const current = hoursOn(today, config).find((h) => parseHhmm(h.from) <= minutes && minutes < parseHhmm(h.to))
  const next = nextOpening(now, config)
  if (current) {
    return { open: true, closesAt: instantAt(today, current.to, tz), nextOpening: next, label: `办公中（至${current.to}）` }
  }
  if (!next) return { open: false, nextOpening: null, label: '暂停办公' }
  const nextDate = localDate(next, tz)
  const when =
    nextDate === today
      ? '今天'
      : nextDate === addDays(today, 1)
        ? '明天'
        : `${Number(nextDate.slice(5, 7))}月${Number(nextDate.slice(8, 10))}日（${WEEKDAY_NAMES[weekday(nextDate)]}）`
  return { open: false, nextOpening: next, label: `非办公时间，下次办公：${when} ${localHhmm(next, tz)}` }
}

function localHhmm(instant: Date, tz: string): string {
  const m = localMinutes(instant, tz)
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}
