import { applicant, approved, draftOf, requestId, returned, staff, submitted } from './support/flows'
import { completeIndividual, selfMedia } from './support/factories'
import { FILING_TEMPLATES, makeEnv, OPENID, TEMPLATE, type TestEnv } from './support/env'
import { creditId } from '../../backend/services/ledger-ids'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

describe('submit', () => {
  it('when a complete draft is submitted, then it is under review with a review due date and an audit entry, its consents are counted and no message is spent on it', async () => {
    const out = await submitted(env)
    expect(out).toMatchObject({ status: 'submitted', version: 2, filingNumber: null, replayed: false })
    const rec = await env.rt.store.filings.get(out.id)
    expect(rec).toMatchObject({ submittedAt: env.clock.now.toISOString(), reviewDueDate: expect.any(String) })
    expect(await env.rt.store.audit.listByFiling(out.id)).toEqual([expect.objectContaining({ action: 'submit', detail: expect.objectContaining({ from: 'draft', to: 'submitted' }) })])
    // The applicant's own act is confirmed on screen; the consent waits for the office's answer.
    expect(await env.rt.store.outbox.listByFiling(out.id)).toEqual([])
    for (const t of FILING_TEMPLATES) expect((await env.rt.store.credits.get(creditId(env.rt.crypto, OPENID.owner, t)))?.count).toBe(1)
  })

  it('when the same requestId is sent twice (double tap), then it files once and the second call replays the result', async () => {
    const d = await draftOf(env)
    const input = { id: d.id, version: d.version, requestId: requestId(), subscribed: [] }
    const [a, b] = await Promise.all([env.call(applicant, 'submit', input, 'owner'), env.call(applicant, 'submit', input, 'owner')])
    expect(a).toMatchObject({ ok: true, data: { status: 'submitted', version: d.version + 1 } })
    expect(b).toMatchObject({ ok: true, data: { status: 'submitted', version: d.version + 1, replayed: true } })
    expect(await env.rt.store.audit.listByFiling(d.id)).toHaveLength(1)
  })

  it('when the content is incomplete, then every problem comes back at once on its field and nothing changes', async () => {
    const { id, version } = await env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content: { subject: { type: 'individual' } } }, 'owner')
    const res = await env.call(applicant, 'submit', { id, version, requestId: requestId() }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: expect.objectContaining({ 'subject.name': expect.any(String), accounts: expect.any(String) }) } })
    expect((await env.rt.store.filings.get(id))?.status).toBe('draft')
  })

  it('when another filing already holds the same account, then the answer is duplicate', async () => {
    const account = selfMedia({ accountId: 'same-account' })
    await submitted(env, 'other', { accounts: [account] })
    const d = await draftOf(env, 'owner', { accounts: [{ ...account, id: 'mine-1' }] })
    const res = await env.call(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId() }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'duplicate', message: expect.stringContaining('抖音'), fields: { 'accounts.0': expect.any(String) } } })
  })
})

describe('decide', () => {
  it('when a reviewer approves, then a filing number is issued from the yearly counter', async () => {
    const a = await approved(env)
    const b = await approved(env, 'other', { accounts: [selfMedia({ accountId: 'b-1' })] })
    expect([a.filingNumber, b.filingNumber]).toEqual(['开网备2024000001', '开网备2024000002'])
    expect(a.status).toBe('approved')
    const messages = await env.rt.store.outbox.listByFiling(a.id)
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ templateId: TEMPLATE.result, data: { phrase2: { value: '已通过' }, character_string5: { value: '2024000001' } } })
    expect(JSON.stringify(messages[0].data)).toContain('开网备2024000001')
    expect((await env.ok<{ timeline: Array<{ to: string; by: string }> }>(applicant, 'get-filing', { id: a.id }, 'owner')).timeline.map((t) => [t.to, t.by])).toEqual([
      ['submitted', 'applicant'],
      ['approved', 'staff']
    ])
  })

  it('when two reviewers decide the same filing at once, then exactly one decision stands and the other is told to refresh', async () => {
    const s = await submitted(env)
    const approve = { id: s.id, version: s.version, decision: { decision: 'approve' } }
    const reject = { id: s.id, version: s.version, decision: { decision: 'reject', reason: '账号不属于本地' } }
    const [r1, r2] = await Promise.all([env.call(staff, 'decide', approve, 'reviewer'), env.call(staff, 'decide', reject, 'reviewer2')])
    const results = [r1, r2]
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: { code: 'conflict', message: '已被他人处理，请刷新' } }])
    const decisions = (await env.rt.store.audit.listByFiling(s.id)).filter((e) => ['approve', 'reject', 'return'].includes(e.action))
    expect(decisions).toHaveLength(1)
    expect(await env.rt.store.counters.peek('filing-number-2024')).toBe(r1.ok ? 1 : 0)
  })

  it('when a reviewer returns with per-field reasons, then the owner sees them, corrects and resubmits to the same queue', async () => {
    const r = await returned(env)
    const got = await env.ok<{ status: string; returnReasons: unknown[]; version: number }>(applicant, 'get-filing', { id: r.id }, 'owner')
    expect(got).toMatchObject({ status: 'returned', returnReasons: [{ field: 'subject.phone', reason: '联系电话无法接通，请核对' }] })
    const content = await completeIndividual(env.rt, OPENID.owner)
    content.subject = { ...content.subject, phone: '13900139000' }
    const re = await env.ok<{ status: string }>(applicant, 'resubmit', { id: r.id, version: got.version, requestId: requestId(), content }, 'owner')
    expect(re.status).toBe('submitted')
    const q = await env.ok<{ items: Array<{ id: string }> }>(staff, 'queue', {}, 'reviewer')
    expect(q.items.map((i) => i.id)).toContain(r.id)
  })

  it('when a returned filing is resubmitted with one field fixed, then the reviewer sees exactly that change, before and after', async () => {
    const r = await returned(env)
    const got = await env.ok<{ version: number; content: Record<string, any> }>(applicant, 'get-filing', { id: r.id }, 'owner')
    const content = { ...got.content, subject: { ...got.content.subject, phone: '13900139000' } }
    await env.ok(applicant, 'resubmit', { id: r.id, version: got.version, requestId: requestId(), content }, 'owner')
    const seen = await env.ok<{ changesSinceReturn: unknown[] }>(staff, 'get', { id: r.id }, 'reviewer')
    expect(seen.changesSinceReturn).toEqual([{ path: 'subject.phone', label: '联系电话', before: '13800138000', after: '13900139000' }])
  })
})

describe('after approval', () => {
  it('when the owner amends, then the approved version stays valid and a rejected amendment falls back to it', async () => {
    const a = await approved(env)
    const content = await completeIndividual(env.rt, OPENID.owner, { accounts: [selfMedia({ accountName: '新名字', accountId: 'kp-new' })] })
    const am = await env.ok<{ status: string; version: number; filingNumber: string }>(applicant, 'amend', { id: a.id, version: a.version, requestId: requestId(), content }, 'owner')
    expect(am).toMatchObject({ status: 'amending', filingNumber: a.filingNumber })
    const rej = await env.ok<{ status: string }>(staff, 'decide', { id: a.id, version: am.version, decision: { decision: 'reject', reason: '变更理由不充分' } }, 'reviewer')
    expect(rej.status).toBe('approved')
    expect((await env.ok<{ accountNames: string[] }>(applicant, 'get-filing', { id: a.id }, 'owner')).accountNames).toEqual(['开平美食探店'])
  })

  it('when the owner cancels, then it is cancelled and the number is not reused', async () => {
    const a = await approved(env)
    expect((await env.ok<{ status: string }>(applicant, 'cancel', { id: a.id, version: a.version }, 'owner')).status).toBe('cancelled')
    const b = await approved(env, 'other', { accounts: [selfMedia({ accountId: 'x-2' })] })
    expect(b.filingNumber).toBe('开网备2024000002')
  })

  it('when the owner withdraws a submission and deletes it, then the record and its photos are gone', async () => {
    const s = await submitted(env)
    const w = await env.ok<{ status: string; version: number }>(applicant, 'withdraw', { id: s.id, version: s.version }, 'owner')
    expect(w.status).toBe('withdrawn')
    const rec = await env.rt.store.filings.get(s.id)
    const fileId = (rec?.working.content.documents as Array<{ fileId: string }>)[0].fileId
    await env.ok(applicant, 'delete-draft', { id: s.id, version: w.version }, 'owner')
    expect(await env.rt.store.filings.get(s.id)).toBeNull()
    expect((await env.rt.files.info(fileId)).exists).toBe(false)
  })
})
