/** Small checks for numbers and dates typed into forms. */
import { type Check, OK, fail } from '../result'
import { isIsoDate, localDate } from '../local-time'

/** A follower count: whole number, not negative, below a sanity bound (no platform has 10^10). */
export function validateFollowers(n: unknown): Check {
  if (typeof n !== 'number' || Number.isNaN(n)) return fail('请填写粉丝数（整数）')
  if (!Number.isInteger(n)) return fail('粉丝数应为整数，请去掉小数')
  if (n < 0) return fail('粉丝数不能为负数，请核对')
  if (n > 9_999_999_999) return fail('粉丝数过大，请核对')
  return OK
}

/** Parses '1.2万' / '3w' / '12,345' as people copy them from a profile page; null if unreadable. */
export function parseFollowerCount(raw: string): number | null {
  const s = raw.replace(/[\s,，]/g, '').toLowerCase()
  const m = /^(\d+(?:\.\d+)?)(万|w|亿)?$/.exec(s)
  if (!m) return null
  const factor = m[2] === '亿' ? 100_000_000 : m[2] ? 10_000 : 1
  const n = Math.round(Number(m[1]) * factor)
  return Number.isSafeInteger(n) ? n : null
}

/** 'YYYY-MM-DD', a real day, not after today (local), not absurdly old. */
export function validatePastDate(s: unknown, now: Date, label: string, timezone = 'Asia/Shanghai'): Check {
  if (typeof s !== 'string' || s.length === 0) return fail(`请选择${label}`)
  if (!isIsoDate(s)) return fail(`${label}格式应为 年-月-日（如 2024-01-31），请重新选择`)
  if (s < '1990-01-01') return fail(`${label}早于1990年，请核对`)
  if (s > localDate(now, timezone)) return fail(`${label}不能晚于今天，请重新选择`)
  return OK
}
