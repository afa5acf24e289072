/**
 * SMS verification through `main` on the real SQLite store. The SMS provider is the local inbox
 * adapter (it stands in for the applicant's phone): codes are read from it as a person would.
 */
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { applicant, staff, submitted } from './support/flows'

let env: TestEnv
let logs: string[]
beforeEach(async () => {
  env = await makeEnv()
  logs = []
  for (const m of ['log', 'info', 'warn', 'error'] as const) jest.spyOn(console, m).mockImplementation((...a: unknown[]) => { logs.push(a.map(String).join(' ')) })
})
afterEach(() => { env.dispose(); jest.restoreAllMocks() })

const PHONE = '13800138000'
const lastCode = () => /验证码为(\d{6})/.exec(env.rt.inbox.sms()[0]?.text ?? '')?.[1] ?? ''
const send = (phone = PHONE, who: 'owner' | 'other' = 'owner') => env.call<{ sentTo: string; expiresInSeconds: number; resendAfterSeconds: number }>(applicant, 'phone-code-send', { phone }, who)
const verify = (code: string, phone = PHONE) => env.call<{ verified: boolean }>(applicant, 'phone-code-verify', { phone, code }, 'owner')
const later = (seconds: number) => env.clock.set(new Date(env.clock.now.getTime() + seconds * 1000).toISOString())

describe('phone verification by SMS', () => {
  it('when a code is sent and typed back, then the phone is verified, and the code works only once', async () => {
    expect(await send('+86 138-0013-8000')).toEqual({ ok: true, data: { sentTo: '138****8000', expiresInSeconds: 600, resendAfterSeconds: 60 } })
    const sms = env.rt.inbox.sms()
    expect(sms).toHaveLength(1)
    expect(sms[0].phone).toBe(PHONE)
    expect(sms[0].text).toMatch(/^【开平市网信办】您的备案验证码为\d{6}，10分钟内有效/)
    expect(await env.ok(applicant, 'phone-status', { phones: [PHONE, '13900139000', '0750-2268763'] }, 'owner')).toEqual({ verified: [] })
    const code = lastCode()
    expect(await verify(code)).toEqual({ ok: true, data: { verified: true, phone: '138****8000' } })
    expect(await env.ok(applicant, 'phone-status', { phones: ['138 0013 8000'] }, 'owner')).toEqual({ verified: ['138 0013 8000'] })
    expect(await verify(code)).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '请先点“获取验证码”', fields: { code: '请先点“获取验证码”' } } })
  })

  it('when another user verifies the same number, then it does not count for this user', async () => {
    await send(PHONE, 'other')
    const code = lastCode()
    await env.ok(applicant, 'phone-code-verify', { phone: PHONE, code }, 'other')
    expect(await env.ok(applicant, 'phone-status', { phones: [PHONE] }, 'owner')).toEqual({ verified: [] })
  })

  it('when the code is typed ten minutes after sending, then it has expired', async () => {
    await send()
    later(600)
    expect(await verify(lastCode())).toMatchObject({ ok: false, error: { message: '验证码已过期，请重新获取' } })
  })

  it('when a code is asked for again within a minute, then it is refused with the seconds to wait; after a minute it is sent', async () => {
    await send()
    later(20)
    expect(await send()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: '验证码已发送，请40秒后再重新获取', fields: { phone: expect.any(String) } } })
    expect(env.rt.inbox.sms()).toHaveLength(1)
    later(40)
    expect((await send()).ok).toBe(true)
    expect(env.rt.inbox.sms()).toHaveLength(2)
  })

  it('when one phone got five codes today, then the sixth is refused until the next day', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await send()).ok).toBe(true)
      later(61)
    }
    expect(await send()).toMatchObject({ ok: false, error: { message: '该号码今天获取验证码已达5次，请明天再试，或联系网信办' } })
    later(24 * 3600)
    expect((await send()).ok).toBe(true)
  })

  it('when one user asks codes for ten different phones today, then the eleventh is refused (no SMS flooding)', async () => {
    for (let i = 0; i < 10; i++) expect((await send(`1390013900${i}`)).ok).toBe(true)
    expect(await send('13700137000')).toMatchObject({ ok: false, error: { message: '您今天获取验证码已达10次，请明天再试' } })
  })

  it('when five wrong codes are typed, then the code is burned and even the right one fails', async () => {
    await send()
    const code = lastCode()
    const wrong = code === '000000' ? '111111' : '000000'
    const messages: string[] = []
    for (let i = 0; i < 5; i++) {
      const r = await verify(wrong)
      if (!r.ok) messages.push(r.error.message)
    }
    expect(messages[0]).toBe('验证码不正确，还可以再试4次')
    expect(messages[4]).toBe('验证码输入错误次数过多，请重新获取')
    expect(await verify(code)).toMatchObject({ ok: false })
  })

  it('when a landline or a malformed number is given, then no SMS is sent and the message says why', async () => {
    expect(await send('0750-2268763')).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { phone: expect.stringContaining('手机号码') } } })
    expect(await verify('12ab56')).toMatchObject({ ok: false, error: { message: '验证码为6位数字，请核对' } })
    expect(env.rt.inbox.sms()).toHaveLength(0)
  })

  it('when the SMS provider fails, then the applicant is told to retry and nothing reveals the code', async () => {
    env.dispose()
    env = await makeEnv({ failSms: () => ({ ok: false, retryable: true, error: 'provider down' }) })
    expect(await send()).toMatchObject({ ok: false, error: { message: expect.stringContaining('短信发送失败') } })
  })

  it('when anyone not signed in asks for a code, then it is refused', async () => {
    expect(await env.call(applicant, 'phone-code-send', { phone: PHONE }, 'anonymous')).toMatchObject({ ok: false, error: { code: 'unauthenticated' } })
  })

  it('the code never appears in a log, an audit entry, the stored state or an answer', async () => {
    const sent = await send()
    const code = lastCode()
    await verify(code === '000000' ? '111111' : '000000')
    const ok = await verify(code)
    const s = await submitted(env)
    const audit = await env.rt.store.audit.listByFiling(s.id)
    const stored = JSON.stringify(await env.rt.trustStore.phoneCodes.get(env.rt.crypto.hash(`sms-phone:${OPENID.owner}:${PHONE}`)))
    for (const text of [...logs, JSON.stringify(audit), stored, JSON.stringify(sent), JSON.stringify(ok)]) expect(text).not.toContain(code)
    expect(logs.join('\n')).not.toContain(PHONE)
  })
})

describe('phone verification in the cross-check', () => {
  it('when the subject phone was verified before submitting, then the reviewer sees no flag for it; otherwise a warning', async () => {
    const unverified = await submitted(env)
    const flagsOf = async (id: string) => (await env.ok<{ trust: { flags: Array<{ path: string; code: string }>; flagsAt: string | null } }>(staff, 'get', { id }, 'reviewer')).trust
    const before = await flagsOf(unverified.id)
    expect(before.flagsAt).not.toBeNull()
    expect(before.flags).toContainEqual(expect.objectContaining({ path: 'subject.phone', code: 'phone_unverified' }))

    await send()
    await verify(lastCode())
    const verified = await submitted(env, 'owner', { accounts: [{ kind: 'self_media', id: 'acc-v', platform: 'kuaishou', accountName: '开平生活', accountId: 'kp_life_v', followers: 9000, openedOn: '2024-02-01', category: '本地生活' }] })
    expect((await flagsOf(verified.id)).flags.some((f) => f.path === 'subject.phone')).toBe(false)
    // The first filing keeps the flags of its submission: the later proof does not rewrite history.
    expect((await flagsOf(unverified.id)).flags).toContainEqual(expect.objectContaining({ code: 'phone_unverified' }))
  })
})
