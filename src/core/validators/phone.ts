/**
 * Chinese mainland phone numbers. People type spaces, hyphens and a +86 prefix; we accept
 * those and store the normalised form.
 */
import { type Check, OK, fail } from '../result'

/** '+86 138-1234-5678' → '13812345678'. Landlines keep their hyphen between area code and number. */
export function normalizeMobile(raw: string): string {
  return raw.replace(/[\s-]+/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '')
}

export function validateMobile(raw: string, label = '手机号码'): Check {
  const n = normalizeMobile(raw)
  if (n.length === 0) return fail(`请填写${label}`)
  if (!/^\d+$/.test(n)) return fail(`${label}只能包含数字，请核对`)
  if (n.length !== 11) return fail(`${label}应为11位，当前为${n.length}位，请核对`)
  if (!/^1[3-9]\d{9}$/.test(n)) return fail(`${label}应以13至19开头，请核对`)
  return OK
}

// Area codes: 010 and 02X have 3 digits, all others 4 (0750). Local numbers have 7–8 digits
// and never start with 0. Extensions: -123, 转123, ext123, #123.
const LANDLINE = /^(?:\(?(0(?:10|2\d|[3-9]\d{2}))\)?[\s-]?)([1-9]\d{6,7})(?:(?:-|转|ext\.?|#)\s?(\d{1,6}))?$/i
// Nationwide service numbers (400/800) have no area code.
const SERVICE = /^[48]00[\s-]?\d{3}[\s-]?\d{4}$/

/**
 * `example` is a landline of the jurisdiction (its config's, e.g. '0750-2268000'); without one
 * the message names the form only, never another city's area code.
 */
export function validateLandline(raw: string, label = '固定电话', example?: string): Check {
  const s = raw.trim()
  if (s.length === 0) return fail(`请填写${label}`)
  if (LANDLINE.test(s) || SERVICE.test(s)) return OK
  return fail(`${label}格式不正确，请填写“区号-号码”${example ? `，如 ${example}，分机可写成 ${example}-123` : ''}`)
}

/** Either a mobile or a landline. */
export function validatePhone(raw: string, label = '联系电话', example?: string): Check {
  const s = raw.trim()
  if (s.length === 0) return fail(`请填写${label}`)
  if (validateMobile(s).ok || validateLandline(s).ok) return OK
  return fail(`${label}格式不正确，请填写11位手机号码，或“区号-号码”形式的固定电话${example ? `（如 ${example}）` : ''}`)
}

/** Stored form: mobiles without separators, landlines as typed but trimmed. */
export function normalizePhone(raw: string): string {
  const s = raw.trim()
  return validateMobile(s).ok ? normalizeMobile(s) : s
}
