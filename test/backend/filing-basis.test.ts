/** The self-check is the filing's basis: stored with it, its verdict the rule's, shown to staff; new fields travel through the actions. */
import { describeContent, kaipingConfig, localDate, type DraftContent } from '../../backend/core'
import { makeEnv, type TestEnv } from './support/env'
import { applicant, staff, submitted } from './support/flows'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const ANSWERS = {
  registeredInCity: false,
  operatorLivesInCity: true,
  publishesLocalNews: false,
  contentMostlyLocal: true,
  previouslyFiledAndChanged: false,
  accountName: '开平美食探店',
  platform: 'douyin',
  followers: 12000
}

describe('备案依据: the self-check stored with the filing', () => {
  it('when a filing carries a self-check whose client claims 无需备案, then the stored basis holds the rule’s verdict and reasons and staff read them', async () => {
    const basis = { answers: ANSWERS, checkedAt: env.clock.now.toISOString(), verdict: 'none' as const, reasons: ['伪造的理由'] }
    const s = await submitted(env, 'owner', { basis } as Partial<DraftContent>)
    expect(s.status).toBe('submitted')
    const got = await env.ok<{ content: DraftContent }>(staff, 'get', { id: s.id }, 'reviewer')
    expect(got.content.basis?.verdict).toBe('must')
    expect(got.content.basis?.reasons).toEqual(expect.arrayContaining([expect.stringContaining('账号名称中包含“开平”'), expect.stringContaining('已达到')]))
    expect(got.content.basis?.reasons).not.toContain('伪造的理由')
    const section = describeContent(got.content, kaipingConfig)[0]
    expect(section).toMatchObject({ key: 'basis', title: '备案依据（自查结果）' })
    expect(section.rows.map((r) => r.label)).toEqual(['自查结论', '符合的条件', '自查日期'])
    expect(section.rows[0].value).toBe('须备案')
    expect(section.rows[1].value).toContain('账号名称中包含“开平”')
    expect(section.rows[2].value).toBe(localDate(env.clock.now, kaipingConfig.timezone))
  })

  it('when a basis is malformed (an answer missing), then the draft is refused naming the self-check and nothing is stored', async () => {
    const { registeredInCity: _dropped, ...partial } = ANSWERS
    const res = await env.call(applicant, 'save-draft', { content: { basis: { answers: partial, checkedAt: env.clock.now.toISOString() } } }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(JSON.stringify(res)).toContain('请选择是否在本市注册开办')
    const list = await env.ok<{ items: unknown[] }>(applicant, 'list-mine', {}, 'owner')
    expect(list.items).toEqual([])
  })

  it('when a filing holds the new kinds and fields, then submit accepts them and staff read them by name', async () => {
    const accounts = [
      { kind: 'mini_program', id: 'mp-1', name: '开平侨乡游', appId: 'wx1234567890abcdef', mpFilingNumber: '粤ICP备12345678号-3X', developer: '开平市某某科技有限公司' },
      { kind: 'self_media', id: 'sm-1', platform: 'bilibili', accountName: '开平碉楼志', accountId: 'kp_diaolou', followers: 800, openedOn: '2023-05-01', category: '文化', liveStreaming: true, verification: 'personal', ipLocation: '广东' }
    ]
    const s = await submitted(env, 'owner', { accounts } as Partial<DraftContent>)
    const got = await env.ok<{ content: DraftContent }>(staff, 'get', { id: s.id }, 'reviewer')
    expect(got.content.accounts).toEqual([expect.objectContaining({ kind: 'mini_program', appId: 'wx1234567890abcdef' }), expect.objectContaining({ platform: 'bilibili', liveStreaming: true, verification: 'personal' })])
    const rows = describeContent(got.content, kaipingConfig).flatMap((sec) => sec.rows)
    expect(rows.find((r) => r.path === 'accounts.1.verification')?.value).toBe('个人认证')
    expect(rows.find((r) => r.path === 'accounts.0.kind')?.value).toBe('微信小程序')
  })
})
