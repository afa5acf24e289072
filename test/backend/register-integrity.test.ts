/**
 * Issue 9's list, as an attacker and a new user tried it: each scenario through the real
 * `main(event, context)` on the real SQLite store.
 */
import { main as publicFn } from '../../cloudfunctions/public/index'
import { applicant, approved, draftOf, requestId, returned, staff, submitted } from './support/flows'
import { completeIndividual, selfMedia, STAFF_IDENTITY } from './support/factories'
import { RATE_LIMITS } from '../../backend/core'
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

  it('when an approved filing\'s amendment is returned, then the owner still gets the 备案证明 and anyone can verify it', async () => {
    const a = await approved(env, 'owner', { accounts: [original()] })
    const am = await amendWith(a, { ...original(), followers: 99999 })
    await env.ok(staff, 'decide', { id: a.id, version: am.version, decision: { decision: 'return', reasons: [{ field: 'accounts.0.followers', reason: '粉丝数与平台显示不一致，请核对' }] } }, 'reviewer')
    const { code } = await env.ok<{ code: string }>(applicant, 'certificate', { id: a.id }, 'owner')
    expect(await env.ok(publicFn, 'verify-certificate', { code }, 'anonymous')).toMatchObject({ valid: true, certificate: { filingNumber: a.filingNumber } })
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

describe('separation of duties beyond the openid', () => {
  it('when a reviewer who gave their ID number at redemption meets a filing naming them as operator, then the queue marks it, decide, reveal and the ownership check refuse (audited), and a colleague decides', async () => {
    const { code } = await env.ok<{ code: string }>(staff, 'staff-invite', { name: '钱审核' }, 'admin')
    await env.ok(applicant, 'redeem-invite', { code, ...STAFF_IDENTITY }, 'other')
    const d = await draftOf(env, 'owner', {})
    const content = await completeIndividual(env.rt, OPENID.owner)
    content.operator = { sameAsSubject: false, name: '钱审核', idNumber: STAFF_IDENTITY.idNumber, phone: '13700137000' }
    const s = await env.ok<Outcome>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), content }, 'owner')
    const q = await env.ok<{ items: Array<{ id: string; recusal: string | null }> }>(staff, 'queue', {}, 'other')
    expect(q.items.find((i) => i.id === s.id)).toMatchObject({ recusal: 'id' })
    expect(await env.ok(staff, 'get', { id: s.id }, 'other')).toMatchObject({ availableActions: [], recusalMessage: expect.stringContaining('回避') })
    expect(await env.call(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.call(staff, 'reveal', { id: s.id, field: 'operator.idNumber' }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const { trust } = await env.ok<{ trust: { accounts: Array<{ accountKey: string }> } }>(staff, 'get', { id: s.id }, 'other')
    expect(await env.call(staff, 'ownership-check', { id: s.id, accountKey: trust.accounts[0].accountKey, checks: { codeSeen: true } }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await env.rt.store.audit.listByFiling(s.id)).filter((e) => e.action === 'recusal-refused').map((e) => e.detail.attempted)).toEqual(['approve', 'reveal', 'ownership-check'])
    expect((await env.rt.store.audit.listByFiling(s.id)).map((e) => e.action)).not.toContain('ownership-check')
    expect((await env.rt.store.audit.listByFiling(s.id)).map((e) => e.action)).not.toContain('reveal')
    expect(await env.ok(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')).toMatchObject({ status: 'approved' })
  })

  it('when the staff member\'s own mobile is the filing\'s contact phone, then they must recuse too', async () => {
    const { code } = await env.ok<{ code: string }>(staff, 'staff-invite', { name: '孙审核' }, 'admin')
    await env.ok(applicant, 'redeem-invite', { code, ...STAFF_IDENTITY }, 'other')
    const s = await submitted(env, 'owner', { subject: { ...(await completeIndividual(env.rt, OPENID.owner)).subject, phone: STAFF_IDENTITY.mobile } as never })
    expect(await env.call(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'reject', reason: '信息不实' } }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})

describe('idempotency keys belong to their caller', () => {
  it('when two applicants submit their own drafts with the same request id, then each gets their own submission, not a replay of the other\'s', async () => {
    const [a, b] = [await draftOf(env, 'owner'), await draftOf(env, 'other', { accounts: [selfMedia({ accountId: 'other-acc' })] })]
    const ra = await env.ok<Outcome & { replayed: boolean }>(applicant, 'submit', { id: a.id, version: a.version, requestId: 'shared-request-1' }, 'owner')
    const rb = await env.ok<Outcome & { replayed: boolean }>(applicant, 'submit', { id: b.id, version: b.version, requestId: 'shared-request-1' }, 'other')
    expect(ra).toMatchObject({ id: a.id, status: 'submitted', replayed: false })
    expect(rb).toMatchObject({ id: b.id, status: 'submitted', replayed: false })
  })

  it('when one applicant reuses a request id for another filing, then the first filing\'s result is not replayed for it', async () => {
    const [a, b] = [await draftOf(env, 'owner'), await draftOf(env, 'owner', { accounts: [selfMedia({ accountId: 'second-acc' })] })]
    await env.ok(applicant, 'submit', { id: a.id, version: a.version, requestId: 'reused-request-1' }, 'owner')
    const res = await env.ok<Outcome & { replayed: boolean }>(applicant, 'submit', { id: b.id, version: b.version, requestId: 'reused-request-1' }, 'owner')
    expect(res).toMatchObject({ id: b.id, status: 'submitted', replayed: false })
    expect((await env.rt.store.filings.get(b.id))?.status).toBe('submitted')
  })
})

describe('rate limits per caller', () => {
  it('when one caller looks up more than the hourly limit, then the next lookup is refused while another caller still gets answers', async () => {
    for (let i = 0; i < RATE_LIMITS.lookup.limit; i++) await env.ok(publicFn, 'lookup', { platform: 'douyin', accountName: `某号${i}` }, 'owner')
    expect(await env.call(publicFn, 'lookup', { platform: 'douyin', accountName: '某号' }, 'owner')).toMatchObject({ ok: false, error: { code: 'rate_limited', message: expect.stringContaining('频繁') } })
    expect(await env.call(publicFn, 'lookup', { platform: 'douyin', accountName: '某号' }, 'other')).toMatchObject({ ok: true })
    env.clock.set(new Date(env.clock.now.getTime() + 3_600_000).toISOString())
    expect(await env.call(publicFn, 'lookup', { platform: 'douyin', accountName: '某号' }, 'owner')).toMatchObject({ ok: true })
  })

  it('when someone guesses invite codes, then after the daily limit even a right code is refused until tomorrow', async () => {
    const { code } = await env.ok<{ code: string }>(staff, 'staff-invite', { name: '周审核' }, 'admin')
    for (let i = 0; i < RATE_LIMITS.redeemInvite.limit; i++) {
      expect(await env.call(applicant, 'redeem-invite', { code: `WRONG${i}X`, ...STAFF_IDENTITY }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(await env.call(applicant, 'redeem-invite', { code, ...STAFF_IDENTITY }, 'other')).toMatchObject({ ok: false, error: { code: 'rate_limited', message: expect.stringContaining('次数过多') } })
    env.clock.advanceDays(1)
    expect(await env.call(applicant, 'redeem-invite', { code, ...STAFF_IDENTITY }, 'other')).toMatchObject({ ok: true })
  })

  it('when one person sends fifteen reports at the same moment, then exactly the daily limit is stored', async () => {
    const input = { platform: 'douyin', accountName: '某谣言号', reason: '发布谣言或虚假信息', details: '多次发布不实信息' }
    const results = await Promise.all(Array.from({ length: 15 }, () => env.call(publicFn, 'report', input, 'owner')))
    expect(results.filter((r) => r.ok)).toHaveLength(RATE_LIMITS.report.limit)
    expect(await env.rt.store.reports.list({}, 100)).toHaveLength(RATE_LIMITS.report.limit)
  })
})

describe('tests that bite', () => {
  it('when an amendment is withdrawn, then the working content is the approved content again', async () => {
    const a = await approved(env, 'owner', { accounts: [selfMedia({ accountId: 'kp_1', accountName: '开平美食探店', followers: 12000 })] })
    const before = (await env.rt.store.filings.get(a.id))?.approved
    const am = await amendWith(a, selfMedia({ accountId: 'kp_1', accountName: '开平美食探店', followers: 99000 }))
    const w = await env.ok<Outcome>(applicant, 'withdraw', { id: a.id, version: am.version }, 'owner')
    expect(w.status).toBe('approved')
    const rec = await env.rt.store.filings.get(a.id)
    expect(rec?.working.content).toEqual(before?.content)
    const mine = await env.ok<{ content: { accounts: Array<{ followers: number }> } }>(applicant, 'get-filing', { id: a.id }, 'owner')
    expect(mine.content.accounts[0].followers).toBe(12000)
  })

  it('when a filing was approved before claims existed and another holds the account, then approval is refused as a duplicate', async () => {
    const first = await approved(env, 'owner', { accounts: [selfMedia({ accountId: 'legacy-acc' })] })
    const second = await submitted(env, 'other', { accounts: [selfMedia({ accountId: 'legacy-acc-b', id: 'b' })] })
    // Simulate a record written before the claim rule: same account, no claim document.
    const rec = await env.rt.store.filings.get(second.id)
    const firstRec = await env.rt.store.filings.get(first.id)
    if (!rec || !firstRec) throw new Error('missing')
    await env.rt.store.filings.replaceIfVersion({ ...rec, version: rec.version + 1, working: firstRec.working, claimKeys: firstRec.claimKeys }, rec.version)
    const res = await env.call(staff, 'decide', { id: second.id, version: rec.version + 1, decision: { decision: 'approve' } }, 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'duplicate' } })
    expect((await env.rt.store.filings.get(second.id))?.status).toBe('submitted')
  })
})
