/**
 * SMS verification codes: when one may be sent, when it expires, how many tries it allows.
 * Pure rules over a small stored state; the backend holds the state (with only a keyed hash of
 * the code) and compares hashes. Limits count per phone and per WeChat user, so nobody can
 * flood a stranger's phone or spend the office's SMS budget.
 */

export const PHONE_CODE_POLICY = {
  digits: 6,
  ttlSeconds: 10 * 60,
  resendSeconds: 60,
  attemptsPerCode: 5,
  sendsPerPhonePerDay: 5,
  sendsPerUserPerDay: 10,
  /** A verification proves the phone for this long (a filing is usually finished the same day). */
  verifiedForSeconds: 30 * 24 * 3600
} as const

const DAY_MS = 24 * 3600 * 1000

/** What is stored per (user, phone): never the code itself. */
export interface PhoneCodeState {
  codeHash: string | null
  sentAt: string | null
  expiresAt: string | null
  attempts: number
  /** Send times within the last 24 hours (this phone). */
  sends: string[]
  verifiedAt: string | null
}

export const EMPTY_PHONE_CODE: PhoneCodeState = { codeHash: null, sentAt: null, expiresAt: null, attempts: 0, sends: [], verifiedAt: null }

export type SendDecision =
  | { ok: true; next: PhoneCodeState; userSends: string[]; expiresInSeconds: number; resendAfterSeconds: number }
  | { ok: false; reason: 'too_soon' | 'phone_daily_limit' | 'user_daily_limit'; retryAfterSeconds: number; message: string }

function recent(times: readonly string[], now: Date): string[] {
  const since = now.getTime() - DAY_MS
  return times.filter((t) => Date.parse(t) > since).sort()
}

function secondsUntil(iso: string, now: Date): number {
  return Math.max(1, Math.ceil((Date.parse(iso) - now.getTime()) / 1000))
}

/**
 * May a new code go to this phone now? `userSends` are the caller's sends to any phone in the
 * last day. On success the caller stores `next` (with the new code's hash) and `userSends`.
 */
export function decideSend(state: PhoneCodeState | null, userSends: readonly string[], codeHash: string, now: Date): SendDecision {
  const s = state ?? EMPTY_PHONE_CODE
  const P = PHONE_CODE_POLICY
  const sends = recent(s.sends, now)
  const mine = recent(userSends, now)
  if (s.sentAt !== null) {
    const wait = Date.parse(s.sentAt) + P.resendSeconds * 1000 - now.getTime()
    if (wait > 0) return { ok: false, reason: 'too_soon', retryAfterSeconds: Math.ceil(wait / 1000), message: `验证码已发送，请${Math.ceil(wait / 1000)}秒后再重新获取` }
  }
  if (sends.length >= P.sendsPerPhonePerDay) {
    return { ok: false, reason: 'phone_daily_limit', retryAfterSeconds: secondsUntil(new Date(Date.parse(sends[0]) + DAY_MS).toISOString(), now), message: `该号码今天获取验证码已达${P.sendsPerPhonePerDay}次，请明天再试，或联系网信办` }
  }
  if (mine.length >= P.sendsPerUserPerDay) {
    return { ok: false, reason: 'user_daily_limit', retryAfterSeconds: secondsUntil(new Date(Date.parse(mine[0]) + DAY_MS).toISOString(), now), message: `您今天获取验证码已达${P.sendsPerUserPerDay}次，请明天再试` }
  }
  const at = now.toISOString()
  return {
    ok: true,
    next: { codeHash, sentAt: at, expiresAt: new Date(now.getTime() + P.ttlSeconds * 1000).toISOString(), attempts: 0, sends: [...sends, at], verifiedAt: s.verifiedAt },
    userSends: [...mine, at],
    expiresInSeconds: P.ttlSeconds,
    resendAfterSeconds: P.resendSeconds
  }
}

export type CheckDecision =
  | { ok: true; next: PhoneCodeState }
  | { ok: false; reason: 'no_code' | 'expired' | 'too_many' | 'wrong'; next: PhoneCodeState; message: string }

/** One try at a code. `matches` is the backend's keyed-hash comparison of the typed code. */
export function checkCode(state: PhoneCodeState | null, matches: boolean, now: Date): CheckDecision {
  const s = state ?? EMPTY_PHONE_CODE
  if (s.codeHash === null || s.expiresAt === null) return { ok: false, reason: 'no_code', next: s, message: '请先点“获取验证码”' }
  if (Date.parse(s.expiresAt) <= now.getTime()) {
    return { ok: false, reason: 'expired', next: { ...s, codeHash: null }, message: '验证码已过期，请重新获取' }
  }
  if (s.attempts >= PHONE_CODE_POLICY.attemptsPerCode) {
    return { ok: false, reason: 'too_many', next: { ...s, codeHash: null }, message: '验证码输入错误次数过多，请重新获取' }
  }
  if (!matches) {
    const attempts = s.attempts + 1
    const left = PHONE_CODE_POLICY.attemptsPerCode - attempts
    return left > 0
      ? { ok: false, reason: 'wrong', next: { ...s, attempts }, message: `验证码不正确，还可以再试${left}次` }
      : { ok: false, reason: 'too_many', next: { ...s, attempts, codeHash: null }, message: '验证码输入错误次数过多，请重新获取' }
  }
  // A code works once.
  return { ok: true, next: { ...s, codeHash: null, expiresAt: null, attempts: 0, verifiedAt: now.toISOString() } }
}

/** Whether a stored verification still proves the phone at `now`. */
export function isPhoneVerified(state: PhoneCodeState | null, now: Date): boolean {
  if (state?.verifiedAt == null) return false
  return now.getTime() - Date.parse(state.verifiedAt) < PHONE_CODE_POLICY.verifiedForSeconds * 1000
}

/** A code is digits only; people paste it with spaces. */
export function normalizeCodeInput(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '')
}

export function isWellFormedCode(code: string): boolean {
  return new RegExp(`^\\d{${PHONE_CODE_POLICY.digits}}$`).test(code)
}

/** The SMS text (the template providers approve has the same shape). */
export function phoneCodeText(officeShortName: string, code: string): string {
  return `【${officeShortName}】您的备案验证码为${code}，${PHONE_CODE_POLICY.ttlSeconds / 60}分钟内有效。如非本人操作，请忽略本短信。`
}
