/**
 * Calendar-date and instant helpers without a date library, so the main package's pages can show
 * local times light. A "local date" is a 'YYYY-MM-DD' string in the jurisdiction's time zone; all
 * date arithmetic is done on those strings so results never depend on the machine's time zone.
 */

/** What a date library prints for an instant it cannot read. */
const INVALID = 'Invalid Date'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `s` is 'YYYY-MM-DD' and names a real calendar day (no 2023-02-30). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false
  const m = ISO_DATE.exec(s)
  if (!m) return false
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/** Epoch-day arithmetic in UTC: a pure calendar operation, immune to DST and host TZ. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const t = Date.UTC(y, m - 1, d) + n * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** Calendar days from local date `a` to `b` (negative when b < a). */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number)
  const [by, bm, bd] = b.split('-').map(Number)
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86_400_000)
}

/** Day of week of a local date, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

/**
 * The zone's wall clock read through `Intl` (what dayjs' timezone plugin itself uses on every
 * platform, WeChat's included), one formatter per zone.
 */
const formatters = new Map<string, Intl.DateTimeFormat>()
function wallClock(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    formatters.set(tz, f)
  }
  return f
}

/**
 * UTC offset (minutes) of `tz` at an instant, remembered per zone and quarter hour: every zone's
 * offset changes only on a quarter-hour boundary, and a zone conversion is slow enough to dominate
 * a page of dates otherwise.
 */
const offsets = new Map<string, Map<number, number>>()
function utcOffsetAt(ms: number, tz: string): number {
  let zone = offsets.get(tz)
  if (!zone) offsets.set(tz, (zone = new Map()))
  const bucket = Math.floor(ms / 900_000)
  let offset = zone.get(bucket)
  if (offset === undefined) {
    const at = bucket * 900_000
    const n: Record<string, number> = {}
    for (const p of wallClock(tz).formatToParts(new Date(at))) if (p.type !== 'literal') n[p.type] = Number(p.value)
    // Some engines write midnight as 24 even with h23.
    offset = Math.round((Date.UTC(n.year, n.month - 1, n.day, n.hour % 24, n.minute, n.second) - at) / 60_000)
    if (zone.size > 100_000) zone.clear()
    zone.set(bucket, offset)
  }
  return offset
}

/** The instant's wall-clock 'YYYY-MM-DDTHH:mm' in `tz`, or null when it is not an instant. */
function wallTime(instant: Date | string, tz: string): string | null {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant)
  if (Number.isNaN(ms)) return null
  return new Date(ms + utcOffsetAt(ms, tz) * 60_000).toISOString().slice(0, 16)
}

/** The local calendar date of an instant in `tz` (e.g. Asia/Shanghai). */
export function localDate(instant: Date | string, tz: string): string {
  return wallTime(instant, tz)?.slice(0, 10) ?? INVALID
}

/** 'YYYY-MM-DD HH:mm' of an instant in `tz`; the format WeChat's `time` fields accept. */
export function localDateTime(instant: Date | string, tz: string): string {
  return wallTime(instant, tz)?.replace('T', ' ') ?? INVALID
}

/** Minutes since local midnight of an instant in `tz`. */
export function localMinutes(instant: Date | string, tz: string): number {
  const t = wallTime(instant, tz)
  return t === null ? NaN : parseHhmm(t.slice(11, 16))
}

/** 'HH:mm' → minutes since midnight. */
export function parseHhmm(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number)
  return h * 60 + m
}

/** Strict ISO-8601 instant with an explicit offset or Z (what `Date#toISOString` emits). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

export function isIsoInstant(s: unknown): s is string {
  return typeof s === 'string' && ISO_INSTANT.test(s) && isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s))
}
