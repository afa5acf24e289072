/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence,
 * check character over ISO 7064 MOD 11-2.
 */
import { type Check, OK, fail } from '../result'
import { isIsoDate, localDate } from '../local-time'
import { PROVINCE_CODES } from './region-codes'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

/** Upper-cases a trailing x and removes spaces people type when copying from a card. */
export function normalizeResidentId(id: string): string {
  return id.replace(/\s+/g, '').toUpperCase()
}

/** Everything except "not in the future" (which needs a clock). */
/** `label` names the field in messages (e.g. '运维负责人身份证号码'). */
export function validateResidentIdFormat(raw: string, label = '身份证号码'): Check {
  const id = normalizeResidentId(raw)
  if (id.length === 0) return fail(`请填写${label}`)
  if (id.length !== 18) return fail(`${label}应为18位，当前为${id.length}位，请核对`)
  if (!/^\d{17}[\dX]$/.test(id)) return fail(`${label}前17位应为数字，最后一位为数字或X，请核对`)
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return fail(`${label}前两位不是有效的省份代码，请核对`)
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  if (!isIsoDate(birth) || birth < '1900-01-01') return fail(`${label}中的出生日期（第7至14位）无效，请核对`)
  if (residentIdCheckChar(id) !== id[17]) return fail(`${label}校验位不正确，请核对最后一位`)
  return OK
}

/** Birth date 'YYYY-MM-DD' encoded in an 18-digit ID, or null if malformed. */
export function residentIdBirthDate(raw: string): string | null {
  const id = normalizeResidentId(raw)
  if (!/^\d{17}[\dX]$/.test(id)) return null
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`
  return isIsoDate(birth) ? birth : null
}

/** Full check; the birth date may not lie after `now` (in China's time zone). */
export function validateResidentId(raw: string, now: Date, timezone = 'Asia/Shanghai', label = '身份证号码'): Check {
  const format = validateResidentIdFormat(raw, label)
  if (!format.ok) return format
  const birth = residentIdBirthDate(raw)
  if (birth !== null && birth > localDate(now, timezone)) return fail(`${label}中的出生日期晚于今天，请核对`)
  return OK
}
