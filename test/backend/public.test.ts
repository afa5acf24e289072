import { main as publicFn } from '../../cloudfunctions/public/index'
import { approved, submitted } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

describe('lookup', () => {
  it('when looked up by number, then the account is shown without any personal data', async () => {
    const a = await approved(env)
    const res = await env.ok<{ found: boolean; items: unknown[] }>(publicFn, 'lookup', { filingNumber: a.filingNumber }, 'anonymous')
    expect(res).toEqual({ found: true, items: [{ filingNumber: a.filingNumber, status: 'approved', statusLabel: expect.any(String), platform: '抖音', accountName: '开平美食探店', approvedAt: expect.any(String) }] })
    expect(JSON.stringify(res)).not.toMatch(/张|4407|138/)
  })

  it('when the number is typed as digits only, then the same filing is found', async () => {
    const a = await approved(env)
    const digits = a.filingNumber!.replace(/\D/g, '')
    const res = await env.ok<{ found: boolean; items: Array<{ filingNumber: string }> }>(publicFn, 'lookup', { filingNumber: digits }, 'anonymous')
    expect(res).toMatchObject({ found: true, items: [{ filingNumber: a.filingNumber }] })
  })

  it('when looked up by platform and account name, then a filing still under review is not found', async () => {
    await submitted(env, 'owner', { accounts: [selfMedia({ accountName: '赤坎古镇日记' })] })
    expect(await env.ok(publicFn, 'lookup', { platform: 'douyin', accountName: '赤坎古镇日记' }, 'owner')).toEqual({ found: false, items: [] })
    await approved(env, 'other', { accounts: [selfMedia({ accountName: '潭江边', accountId: 'tj-1' })] })
    expect(await env.ok(publicFn, 'lookup', { platform: 'douyin', accountName: ' 潭江边 ' }, 'anonymous')).toMatchObject({ found: true })
  })

  it('when neither a number nor platform + name is given, then a Chinese hint says what to enter', async () => {
    expect(await env.call(publicFn, 'lookup', {}, 'anonymous')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/备案号|平台/) } })
  })
})

describe('report', () => {
  it('when a signed-in user reports an account, then it is stored and acknowledged; past the daily limit it is refused', async () => {
    const input = { platform: 'douyin', accountName: '某谣言号', reason: '发布谣言或虚假信息', details: '多次发布不实信息' }
    const first = await env.ok<{ id: string; message: string }>(publicFn, 'report', input, 'owner')
    expect(first.message).toContain('举报已收到')
    for (let i = 1; i < 10; i++) await env.ok(publicFn, 'report', input, 'owner')
    expect(await env.call(publicFn, 'report', input, 'owner')).toMatchObject({ ok: false, error: { code: 'rate_limited' } })
    expect(await env.rt.store.reports.list({}, 100)).toHaveLength(10)
  })
})

describe('office status', () => {
  it('when asked on a Monday at 10:00 in Asia/Shanghai, then the office is open until 12:00', async () => {
    const res = await env.ok<{ open: boolean; label: string }>(publicFn, 'office-status', {}, 'anonymous')
    expect(res).toEqual({ open: true, label: '办公中（至12:00）', nextOpening: expect.any(String) })
  })

  it('when asked during the National Day holiday, then it is closed and names the next working morning', async () => {
    env.clock.set('2025-10-03T02:00:00.000Z') // Friday 10:00, but a statutory holiday
    const res = await env.ok<{ open: boolean; label: string; nextOpening: string }>(publicFn, 'office-status', {}, 'anonymous')
    expect(res.open).toBe(false)
    expect(res.nextOpening).toBe('2025-10-09T00:30:00.000Z') // Thursday 08:30 after the holiday
  })
})
