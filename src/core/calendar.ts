/**
 * Working-day calendar: the Chinese statutory holiday calendar (with its make-up workdays,
 * 调休) from `chinese-days`, overridden by the jurisdiction's `holidayOverrides`. For years the
 * package does not know yet, weekends are days off unless the override table says otherwise.
 */
import { getHolidaysInRange, isWorkday as packageIsWorkday } from 'chinese-days'
import type { JurisdictionConfig } from './jurisdiction/schema'
import { isIsoDate, weekday, yearOf } from './local-time'

type CalendarConfig = Pick<JurisdictionConfig, 'holidayOverrides'>

const knownYears = new Map<number, boolean>()

/**
 * A local-midnight Date for the package: it parses strings as UTC but formats in host-local
 * time, which shifts the day on hosts west of UTC. A local Date is read back consistently.
 */
function packageDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(y, m - 1, d)
}

/** Whether the bundled calendar has the statutory holidays of `year` (every such year has some). */
function packageKnowsYear(year: number): boolean {
  let known = knownYears.get(year)
  if (known === undefined) {
    known =
      year >= 1970 &&
      year <= 9999 &&
      getHolidaysInRange(packageDate(`${year}-01-01`), packageDate(`${year}-12-31`), false).length > 0
    knownYears.set(year, known)
  }
  return known
}

/** True when working days of `year` are exact: known to the package or given as an override. */
export function calendarKnown(year: number, config: CalendarConfig): boolean {
  return String(year) in config.holidayOverrides || packageKnowsYear(year)
}

function assertDate(date: string): void {
  // A malformed date here is a programming error (inputs are parsed by the schemas first).
  if (!isIsoDate(date)) throw new RangeError(`invalid local date: ${date}`)
}

/**
 * Answers per override table, remembered: the calendar never changes while a process runs, and a
 * staff queue page asks about the same few weeks for every row (`npm run bench` shows the cost).
 */
const answers = new WeakMap<CalendarConfig['holidayOverrides'], Map<string, boolean>>()

/** Whether local date 'YYYY-MM-DD' is a working day in the jurisdiction. */
export function isWorkingDay(date: string, config: CalendarConfig): boolean {
  let known = answers.get(config.holidayOverrides)
  if (!known) answers.set(config.holidayOverrides, (known = new Map()))
  let answer = known.get(date)
  if (answer === undefined) {
    answer = computeWorkingDay(date, config)
    known.set(date, answer)
  }
  return answer
}

function computeWorkingDay(date: string, config: CalendarConfig): boolean {
  assertDate(date)
  const override = config.holidayOverrides[String(yearOf(date))]
  if (override) {
    if (override.workdays.includes(date)) return true
    if (override.holidays.includes(date)) return false
  }
  if (packageKnowsYear(yearOf(date))) return packageIsWorkday(packageDate(date))
  const wd = weekday(date)
  return wd !== 0 && wd !== 6
}

/**
 * Moves `n` working days from `date`: n > 0 forward, n < 0 backward; the start day itself
 * is not counted, so addWorkingDays(d, 1) is the next working day after d. n = 0 returns d.
 */
export function addWorkingDays(date: string, n: number, config: CalendarConfig): string {
  assertDate(date)
  if (!Number.isInteger(n)) throw new RangeError(`working-day count must be an integer: ${n}`)
  const step = n >= 0 ? 1 : -1
  let left = Math.abs(n)
  let day = epochDay(date)
  while (left > 0) {
    day += step
    if (isWorkingEpochDay(day, config)) left--
  }
  return day === epochDay(date) ? date : dateOfEpochDay(day)
}

/**
 * Signed count of working days from `a` to `b`: those in (a, b] when b ≥ a, minus those in
 * (b, a] when b < a. Inverse of addWorkingDays when b is a working day.
 */
export function workingDaysBetween(a: string, b: string, config: CalendarConfig): number {
  assertDate(a)
  assertDate(b)
  if (a === b) return 0
  const [from, to, sign] = a < b ? [a, b, 1] : [b, a, -1]
  // Day numbers, not date strings: a row long overdue spans hundreds of days.
  let count = 0
  for (let n = epochDay(from) + 1, last = epochDay(to); n <= last; n++) {
    if (isWorkingEpochDay(n, config)) count++
  }
  return count === 0 ? 0 : sign * count
}

const DAY_MS = 86_400_000
const epochDay = (date: string): number => {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / DAY_MS
}
const dateOfEpochDay = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10)
const byDayNumber = new WeakMap<CalendarConfig['holidayOverrides'], Map<number, boolean>>()
function isWorkingEpochDay(n: number, config: CalendarConfig): boolean {
  let known = byDayNumber.get(config.holidayOverrides)
  if (!known) byDayNumber.set(config.holidayOverrides, (known = new Map()))
  let answer = known.get(n)
  if (answer === undefined) {
    answer = isWorkingDay(dateOfEpochDay(n), config)
    known.set(n, answer)
  }
  return answer
}

/** The first working day on or after `date`. */
export function workingDayOnOrAfter(date: string, config: CalendarConfig): string {
  return isWorkingDay(date, config) ? date : addWorkingDays(date, 1, config)
}
