/**
 * Issue 9's list, as an attacker and a new user tried it: each scenario through the real
 * `main(event, context)` on the real SQLite store.
 */
import { main as publicFn } from '../../cloudfunctions/public/index'
import { applicant, approved, draftOf, requestId, returned, staff, submitted } from './support/flows'
import { completeIndividual, selfMedia } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

type Outcome = { id: string; status: string; version: number; filingNumber: string | null }
type Lookup = { found: boolean; items: Array<{ filingNumber: string | null; status: string; statusLabel: string; accountName: string }> }

async function amendWith(a: Outcome, account: ReturnType<typeof selfMedia>): Promise<Outcome> {
  const content = await completeIndividual(env.rt, OPENID.owner, { accounts: [account] })
  return env.ok<Outcome>(applicant, 'amend', { id: a.id, version: a.version, requestId: requestId(), content }, 'owner')
}

async function fileAs(who: 'other' | 'owner', account: ReturnType<typeof selfMedia>) {
  const d = await draftOf(env, who, { accounts: [account] })
  return env.call<Outcome>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId() }, who)
}

describe('one account, one live filing', () => {
  const original = () => selfMedia({ accountId: 'kp_food_1', accountName: '开平美食探店' })

  it('when an approved filing is being amended under another account id, then nobody else can file its approved account', async () => {
    const a = await approved(env, 'owner', { accounts: [original()] })
    await amendWith(a, selfMedia({ accountId: 'kp_food_renamed', accountName: '开平美食新号' }))
    const res = await fileAs('other', { ...original(), id: 'theirs' })
    expect(res).toMatchObject({ ok: false, error: { code: 'duplicate', fields: { 'accounts.0': expect.any(String) } } })
  })

  it('when an amendment that renamed the account was returned, then the approved account is still held', async () => {
    const a = await approved(env, 'owner', { accounts: [original()] })
    const am = await amendWith(a, selfMedia({ accountId: 'kp_food_renamed', accountName: '开平美食新号' }))
    await env.ok(staff, 'decide', { id: a.id, version: am.version, decision: { decision: 'return', reasons: [{ field: 'accounts.0.accountName', reason: '名称与平台显示不一致，请核对' }] } }, 'reviewer')
    const res = await fileAs('other', { ...original(), id: 'theirs' })
    expect(res).toMatchObject({ ok: false, error: { code: 'duplicate' } })
  })

  it('when a first submission was returned, then its account is still held against other applicants', async () => {
    await returned(env, 'owner', { accounts: [original()] })
    const res = await fileAs('other', { ...original(), id: 'theirs' })
    expect(res).toMatchObject({ ok: false, error: { code: 'duplicate' } })
  })

  it('when two applicants submit the same account at the same moment, then exactly one submission stands', async () => {
    const [da, db] = [await draftOf(env, 'owner', { accounts: [original()] }), await draftOf(env, 'other', { accounts: [{ ...original(), id: 'theirs' }] })]
    const results = await Promise.all([
      env.call<Outcome>(applicant, 'submit', { id: da.id, version: da.version, requestId: requestId() }, 'owner'),
      env.call<Outcome>(applicant, 'submit', { id: db.id, version: db.version, requestId: requestId() }, 'other')
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ error: expect.objectContaining({ code: 'duplicate' }) })])
  })
})

describe('public lookup answers from the valid approved version', () => {
  const original = () => selfMedia({ accountId: 'kp_food_1', accountName: '开平美食探店' })

  it('when an approved filing\'s amendment is returned, then lookup by name and by number both say filed', async () => {
    const a = await approved(env, 'owner', { accounts: [original()] })
    const am = await amendWith(a, { ...original(), followers: 99999 })
    await env.ok(staff, 'decide', { id: a.id, version: am.version, decision: { decision: 'return', reasons: [{ field: 'accounts.0.followers', reason: '粉丝数与平台显示不一致，请核对' }] } }, 'reviewer')
    const byName = await env.ok<Lookup>(publicFn, 'lookup', { platform: 'douyin', accountName: '开平美食探店' }, 'anonymous')
    const byNumber = await env.ok<Lookup>(publicFn, 'lookup', { filingNumber: a.filingNumber }, 'anonymous')
    expect(byName).toEqual(byNumber)
    expect(byName).toMatchObject({ found: true, items: [{ filingNumber: a.filingNumber, status: 'approved', accountName: '开平美食探店' }] })
  })

  it('when an amendment renames the account, then the approved name stays findable and the new name is not filed yet', async () => {
    const a = await approved(env, 'owner', { accounts: [original()] })
    await amendWith(a, { ...original(), accountName: '开平美食新号' })
    expect(await env.ok<Lookup>(publicFn, 'lookup', { platform: 'douyin', accountName: '开平美食探店' }, 'anonymous')).toMatchObject({ found: true })
    expect(await env.ok<Lookup>(publicFn, 'lookup', { platform: 'douyin', accountName: '开平美食新号' }, 'anonymous')).toEqual({ found: false, items: [] })
  })

  it('when a filing is cancelled, then lookup by number and by name both say 已注销', async () => {
    const a = await approved(env, 'owner', { accounts: [original()] })
    await env.ok(applicant, 'cancel', { id: a.id, version: a.version }, 'owner')
    const byName = await env.ok<Lookup>(publicFn, 'lookup', { platform: 'douyin', accountName: '开平美食探店' }, 'anonymous')
    const byNumber = await env.ok<Lookup>(publicFn, 'lookup', { filingNumber: a.filingNumber }, 'anonymous')
    expect(byName).toEqual(byNumber)
    expect(byName).toMatchObject({ found: false, items: [{ status: 'cancelled', statusLabel: '已注销' }] })
  })
})

describe('separation of duties', () => {
  it('when a reviewer files as an applicant, then that reviewer cannot decide the filing, and the refusal is audited', async () => {
    const s = await submitted(env, 'reviewer', { accounts: [selfMedia({ accountId: 'reviewers-own' })] })
    const res = await env.call(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('回避') } })
    expect((await env.rt.store.filings.get(s.id))?.status).toBe('submitted')
    expect((await env.rt.store.audit.listByFiling(s.id)).map((e) => e.action)).toContain('recusal-refused')
    expect(await env.ok(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer2')).toMatchObject({ status: 'approved' })
  })
})

describe('look-alike identifiers', () => {
  it.each([
    ['a zero-width space', 'kp\u200bfood'],
    ['a right-to-left mark', 'kp\u200ffood'],
    ['a word joiner', 'kp\u2060food'],
    ['full-width letters', 'ｋｐｆｏｏｄ'],
    ['upper case', 'KPFOOD']
  ])('when another applicant files the same account id written with %s, then it is not a new account', async (_label, id) => {
    await submitted(env, 'owner', { accounts: [selfMedia({ accountId: 'kpfood' })] })
    const res = await fileAs('other', selfMedia({ accountId: id, id: 'theirs' }))
    expect(res.ok).toBe(false)
    if (!res.ok) {
      expect(['duplicate', 'invalid_input']).toContain(res.error.code)
      expect(res.error.fields).toEqual({ [res.error.code === 'duplicate' ? 'accounts.0' : 'accounts.0.accountId']: expect.stringMatching(/[\u4e00-\u9fff]/) })
    }
  })

  it.each([
    ['NUL', '张\u0000三'],
    ['BEL', '张\u0007三'],
    ['a bidi override', '张\u202e三'],
    ['a zero-width space', '张\u200b三'],
    ['a lone surrogate', '张\ud800三'],
    ['a newline', '张\n三'],
    ['a Hangul filler', '张\u3164三']
  ])('when a name contains %s, then submitting is refused with a Chinese message naming the field', async (_label, name) => {
    const d = await draftOf(env, 'owner', {})
    const content = await completeIndividual(env.rt, OPENID.owner)
    content.subject = { ...content.subject, name }
    const res = await env.call(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), content }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'subject.name': expect.stringContaining('姓名') } } })
    expect((await env.rt.store.filings.get(d.id))?.status).toBe('draft')
  })
})

describe('the commitment time', () => {
  it('when the client claims it accepted the commitment in year 9999, then the server records its own time', async () => {
    const d = await draftOf(env)
    const content = await completeIndividual(env.rt, OPENID.owner, { commitment: { accepted: true, acceptedAt: '9999-12-31T00:00:00.000Z', textVersion: 'v1' } })
    await env.ok(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), content }, 'owner')
    const rec = await env.rt.store.filings.get(d.id)
    expect((rec?.working.content.commitment as { acceptedAt: string }).acceptedAt).toBe(env.clock.now.toISOString())
  })
})
