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
    expect(await env.call(publicFn, 'report', input, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
    expect(await env.rt.store.reports.list(100)).toHaveLength(10)
  })
})
