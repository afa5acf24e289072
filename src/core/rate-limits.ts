/**
 * Per-caller limits on what the public side can be abused for: guessing invite codes, scraping
 * the register through lookups, flooding the office with reports. Fixed windows in the
 * jurisdiction's local time; the store counts each (scope, caller, window) in one document,
 * incremented inside a unit of work, so the limit holds under concurrent calls in both stores.
 */
import { localDate, localDateTime } from './local-time'

export const RATE_LIMITS = {
  /** 备案查询: generous for a person, too slow to scrape the register. */
  lookup: { limit: 60, window: 'hour', message: '查询过于频繁，请稍后再试' },
  /** 举报: the notice invites reports; ten a day per person keeps spam out. */
  report: { limit: 10, window: 'day', message: '您今天的举报次数已达{limit}次上限，请明天再试' },
  /** Invite codes are short: a few tries a day per person make guessing hopeless. */
  redeemInvite: { limit: 5, window: 'day', message: '邀请码尝试次数过多，请明天再试或联系管理员' },
  /** Claiming a filing (code, or old number + identity number): a few tries a day make guessing hopeless. */
  claimFiling: { limit: 5, window: 'day', message: '认领尝试次数过多（每天{limit}次），请明天再试或联系网信办' }
} as const satisfies Record<string, { limit: number; window: 'hour' | 'day'; message: string }>

export type RateScope = keyof typeof RATE_LIMITS

export interface RateWindow {
  /** The window's local start ('2024-03-04' or '2024-03-04 10'). */
  window: string
  /** When the counter can be deleted (ISO instant, a day after the window ends). */
  expiresAt: string
}

export function rateWindow(scope: RateScope, now: Date, timezone: string): RateWindow {
  const policy = RATE_LIMITS[scope]
  const window = policy.window === 'day' ? localDate(now, timezone) : localDateTime(now, timezone).slice(0, 13)
  const spanMs = policy.window === 'day' ? 86_400_000 : 3_600_000
  return { window, expiresAt: new Date(now.getTime() + spanMs + 86_400_000).toISOString() }
}

/** The refusal's Chinese message (with the limit written in). */
export function rateLimitMessage(scope: RateScope): string {
  return RATE_LIMITS[scope].message.split('{limit}').join(String(RATE_LIMITS[scope].limit))
}

/** Whether one more call fits, given how many the window already counted. */
export function withinLimit(scope: RateScope, counted: number): boolean {
  return counted < RATE_LIMITS[scope].limit
}
