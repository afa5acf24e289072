/**
 * SMS verification of a mobile number: throttled per phone and per user, expiring, five tries.
 * Only a keyed hash of the code is stored, records are keyed by hashes of (user, phone), and
 * neither the code nor the number ever reaches a log or an audit entry.
 */
import { randomInt } from 'node:crypto'
import { PHONE_CODE_POLICY, checkCode, decideSend, isPhoneVerified, maskPhone, normalizeMobile, validateMobile, type PhoneCodeState } from '../../core'
import type { Ctx, UserCtx } from '../../entry/action'
import { AppError, errors } from '../../errors'
import type { PhoneCodeRecord } from '../../ports/trust.port'

const phoneKey = (ctx: Ctx, openid: string, phone: string) => ctx.rt.crypto.hash(`sms-phone:${openid}:${phone}`)
const userKey = (ctx: UserCtx) => ctx.rt.crypto.hash(`sms-user:${ctx.caller.openid}`)
const codeHash = (ctx: UserCtx, recordId: string, code: string) => ctx.rt.crypto.hash(`sms-code:${recordId}:${code}`)

function mobileOf(raw: string): string {
  const r = validateMobile(raw, '手机号码')
  if (!r.ok) throw errors.invalid(r.message, { phone: r.message })
  return normalizeMobile(raw)
}

export interface SendOutcome {
  sentTo: string
  expiresInSeconds: number
  resendAfterSeconds: number
}

export async function sendPhoneCode(ctx: UserCtx, rawPhone: string): Promise<SendOutcome> {
  const phone = mobileOf(rawPhone)
  const store = ctx.rt.trustStore
  const id = phoneKey(ctx, ctx.caller.openid, phone)
  const code = String(randomInt(0, 10 ** PHONE_CODE_POLICY.digits)).padStart(PHONE_CODE_POLICY.digits, '0')
  const [stored, user] = await Promise.all([store.phoneCodes.get(id), store.userSends.get(userKey(ctx))])
  const decision = decideSend(stored?.state ?? null, user?.sends ?? [], codeHash(ctx, id, code), ctx.now)
  if (!decision.ok) throw new AppError('invalid_input', decision.message, { phone: decision.message })
  const at = ctx.now.toISOString()
  // Both counters are written before sending, each only if nobody wrote it meanwhile: two taps
  // at once send one code.
  const wroteUser = await store.userSends.putIfVersion({ id: userKey(ctx), version: (user?.version ?? 0) + 1, sends: decision.userSends, updatedAt: at }, user?.version ?? null)
  const wrotePhone = wroteUser && (await store.phoneCodes.putIfVersion({ id, version: (stored?.version ?? 0) + 1, state: decision.next, updatedAt: at }, stored?.version ?? null))
  if (!wrotePhone) throw errors.invalid('验证码正在发送，请稍候再试', { phone: '验证码正在发送，请稍候' })
  const sent = await ctx.rt.sms.sendCode(phone, code, PHONE_CODE_POLICY.ttlSeconds / 60)
  if (!sent.ok) {
    console.error(JSON.stringify({ level: 'error', at: 'sms', provider: ctx.rt.sms.provider, retryable: sent.retryable, error: sent.error }))
    throw errors.invalid('短信发送失败，请稍后重试；如多次失败，请在联系电话处填写固定电话或联系网信办', { phone: '短信发送失败，请稍后重试' })
  }
  return { sentTo: maskPhone(phone), expiresInSeconds: decision.expiresInSeconds, resendAfterSeconds: decision.resendAfterSeconds }
}

export async function verifyPhoneCode(ctx: UserCtx, rawPhone: string, rawCode: string): Promise<{ verified: true; phone: string }> {
  const phone = mobileOf(rawPhone)
  const store = ctx.rt.trustStore.phoneCodes
  const id = phoneKey(ctx, ctx.caller.openid, phone)
  const stored = await store.get(id)
  const matches = stored?.state.codeHash != null && stored.state.codeHash === codeHash(ctx, id, rawCode)
  const decision = checkCode(stored?.state ?? null, matches, ctx.now)
  if (stored) {
    const next: PhoneCodeRecord = { id, version: stored.version + 1, state: decision.next, updatedAt: ctx.now.toISOString() }
    // A lost race means another try landed first: count this one as not accepted.
    if (!(await store.putIfVersion(next, stored.version))) throw errors.invalid('请重新输入验证码', { code: '请重新输入验证码' })
  }
  if (!decision.ok) throw errors.invalid(decision.message, { code: decision.message })
  return { verified: true, phone: maskPhone(phone) }
}

/** Which of these mobiles `openid` proved by SMS (still valid at `now`), normalised. */
export async function verifiedPhones(ctx: Ctx, openid: string, phones: Array<string | undefined>): Promise<string[]> {
  const mobiles = [...new Set(phones.filter((p): p is string => typeof p === 'string' && validateMobile(p).ok).map(normalizeMobile))]
  const states = await Promise.all(mobiles.map(async (p) => [p, (await ctx.rt.trustStore.phoneCodes.get(phoneKey(ctx, openid, p)))?.state ?? null] as [string, PhoneCodeState | null]))
  return states.filter(([, s]) => isPhoneVerified(s, ctx.now)).map(([p]) => p)
}
