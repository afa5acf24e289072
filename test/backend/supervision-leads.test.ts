/**
 * Leads through main: a sweep, a list, 督促 with a deadline in working days, dismissal, and the
 * filing lifecycle's hook — when the operator files, the lead follows; when the filing is
 * approved, the lead closes and the report behind it is answered.
 */
import { applicant, draftOf, requestId, staff, submitted } from './support/flows'
import { individualDraft, selfMedia } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { fileReport, publicFn } from './support/supervision'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const sweep = (over: Record<string, unknown> = {}) => env.ok<{ outcome: { status: string; leadId: string } }>(staff, 'lead-create', { platform: 'douyin', accountName: '开平美食探店', town: '440783001', ...over }, 'reviewer')
const lead = async (id: string) => {
  const l = await env.rt.store.leads.get(id)
  if (!l) throw new Error('no lead')
  return l
}

describe('creating leads', () => {
  test('when a sweep finds an account twice, then one lead holds both sightings', async () => {
    const a = await sweep()
    const b = await env.ok<{ outcome: { status: string; leadId: string } }>(staff, 'lead-create', { platform: 'douyin', accountName: ' 开平美食探店 ' }, 'admin')
    expect(a.outcome.status).toBe('created')
    expect(b.outcome).toEqual({ status: 'merged', leadId: a.outcome.leadId })
    expect((await lead(a.outcome.leadId)).sourceRefs).toEqual(['巡查 审核员一', '巡查 管理员'])
    expect((await env.rt.store.audit.listByRef(a.outcome.leadId)).map((e) => e.action)).toEqual(['lead-created', 'lead-merged'])
  })

  test('when a list is imported, then each row is created, merged, found already filed or refused with its reason', async () => {
    const f = await submitted(env, 'owner', { accounts: [selfMedia({ accountName: '已备案的号' })] })
    await env.ok(staff, 'decide', { id: f.id, version: f.version, decision: { decision: 'approve' } }, 'reviewer')
    await sweep({ accountName: '老线索' })
    const out = await env.ok<{ outcomes: Array<{ status: string; message?: string }>; created: number; merged: number; filed: number; invalid: number }>(staff, 'lead-import', {
      listName: '2024年3月平台名单',
      rows: [
        { platform: 'kuaishou', accountName: '赤坎古镇日常', town: '440783108' },
        { platform: 'douyin', accountName: '老线索' },
        { platform: 'douyin', accountName: '已备案的号' },
        { platform: 'myspace', accountName: '外地平台' },
        { platform: 'douyin', accountName: '' },
        { platform: 'douyin', accountName: '镇街不对', town: '999' }
      ]
    }, 'reviewer')
    expect(out).toMatchObject({ created: 1, merged: 1, filed: 1, invalid: 3 })
    expect(out.outcomes.map((o) => o.message ?? o.status)).toEqual(['created', 'merged', 'filed', expect.stringContaining('不在本地平台列表中'), '请填写账号名称', expect.stringContaining('镇街')])
  })

  test('when a lead names any platform the register knows (website, APP, 微信小程序 or a local platform), then it is accepted; an unknown one is refused', async () => {
    for (const platform of ['website', 'app', 'mini_program', 'kuaishou']) {
      expect((await sweep({ platform, accountName: `巡查发现${platform}` })).outcome.status).toBe('created')
    }
    expect(await env.call(staff, 'lead-create', { platform: 'myspace', accountName: '外地平台' }, 'reviewer'))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('不在本地平台列表中') } })
  })

  test('when a list has more than 200 rows, then it is refused as a whole', async () => {
    const rows = Array.from({ length: 201 }, (_, i) => ({ platform: 'douyin', accountName: `号${i}` }))
    expect(await env.call(staff, 'lead-import', { listName: '大名单', rows }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('200') } })
    expect(await env.rt.store.leads.list({}, 10)).toEqual([])
  })
})

describe('督促 with a deadline in working days', () => {
  test('when a lead is urged with a deadline from the working-day calendar, then it is 已督促 with that deadline and audited', async () => {
    const { outcome } = await sweep()
    const got = await env.ok<{ suggestedDeadline: string }>(staff, 'lead-get', { id: outcome.leadId }, 'reviewer')
    // 2024-03-04 (Monday) + 10 working days.
    expect(got.suggestedDeadline).toBe('2024-03-18')
    const out = await env.ok<{ lead: { status: string; deadline: string; urges: unknown[] } }>(staff, 'lead-urge', { id: outcome.leadId, version: 1, deadline: got.suggestedDeadline, channel: '电话', note: '已电话告知' }, 'reviewer')
    expect(out.lead).toMatchObject({ status: 'urged', statusLabel: '已督促', deadline: '2024-03-18', urges: [{ channel: '电话', byName: '审核员一' }] })
    expect((await env.rt.store.audit.listByRef(outcome.leadId)).map((e) => e.action)).toEqual(['lead-created', 'lead-urge'])
  })

  test.each([
    ['yesterday', '2024-03-03', '不能早于或等于今天'],
    ['today', '2024-03-04', '不能早于或等于今天'],
    ['a Saturday', '2024-03-09', '是休息日'],
    ['not a date', '18/03/2024', '格式应为']
  ])('when the deadline is %s, then it is refused naming the deadline and nothing changes', async (_what, deadline, message) => {
    const { outcome } = await sweep()
    const res = await env.call(staff, 'lead-urge', { id: outcome.leadId, version: 1, deadline, channel: '电话' }, 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(message), fields: { deadline: expect.any(String) } } })
    expect(await lead(outcome.leadId)).toMatchObject({ status: 'open', version: 1, urges: [] })
  })

  test('when a dismissed lead is urged, then the refusal names its state', async () => {
    const { outcome } = await sweep()
    await env.ok(staff, 'lead-dismiss', { id: outcome.leadId, version: 1, reason: '账号已注销' }, 'reviewer')
    expect(await env.call(staff, 'lead-urge', { id: outcome.leadId, version: 2, deadline: '2024-03-18', channel: '电话' }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '该线索已排除，不能督促' } })
  })
})

describe('the operator files: the lead follows the filing', () => {
  test('when a report becomes a lead, is urged, and the operator files and is approved, then the lead closes and the reporter is told', async () => {
    const r = await fileReport(env)
    const linked = await env.ok<{ report: { leadId: string } }>(staff, 'report-link', { id: r.id, version: 1, target: { kind: 'new-lead' } }, 'reviewer')
    const leadId = linked.report.leadId
    await env.ok(staff, 'lead-urge', { id: leadId, version: 1, deadline: '2024-03-18', channel: '平台私信' }, 'reviewer')

    // The operator files the very account (name differs only in case and spaces).
    const s = await submitted(env, 'owner', { accounts: [selfMedia({ accountName: ' 开平美食探店 ' })] })
    expect(await lead(leadId)).toMatchObject({ status: 'filing', filingId: s.id })
    expect((await env.rt.store.reports.get(r.id))?.status).toBe('processing')

    const a = await env.ok<{ filingNumber: string }>(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(await lead(leadId)).toMatchObject({ status: 'filed', closeReason: `已备案（${a.filingNumber}）` })
    const report = await env.rt.store.reports.get(r.id)
    expect(report).toMatchObject({ status: 'closed', outcome: 'filed' })
    const receipt = await env.ok<{ receipt: { statusLabel: string; outcome: string } }>(publicFn, 'receipt', { receiptNumber: r.receiptNumber }, 'other')
    expect(receipt.receipt).toMatchObject({ statusLabel: '已办结', outcome: '经核查，被举报账号已按要求完成登记备案' })
    expect((await env.rt.store.outbox.listByFiling(r.id)).map((m) => m.openid)).toEqual([OPENID.other])
    expect((await env.rt.store.audit.listByRef(leadId)).map((e) => e.action)).toEqual(['lead-created', 'lead-urge', 'lead-filing-submitted', 'lead-filing-approved'])
    expect((await env.rt.store.audit.listByRef(r.id)).map((e) => [e.action, e.actorRole])).toEqual([
      ['report-received', 'applicant'], ['report-link', 'reviewer'], ['report-close', 'system']
    ])
  })

  test('when the operator withdraws the submission, then the urged lead goes back to 已督促', async () => {
    const { outcome } = await sweep()
    await env.ok(staff, 'lead-urge', { id: outcome.leadId, version: 1, deadline: '2024-03-18', channel: '电话' }, 'reviewer')
    const s = await submitted(env)
    expect((await lead(outcome.leadId)).status).toBe('filing')
    await env.ok(applicant, 'withdraw', { id: s.id, version: s.version }, 'owner')
    expect(await lead(outcome.leadId)).toMatchObject({ status: 'urged', filingId: null })
  })

  test('when a different account is filed, then the lead is untouched', async () => {
    const { outcome } = await sweep()
    const d = await draftOf(env, 'owner', { ...individualDraft(), accounts: [selfMedia({ accountName: '别的号' })] })
    await env.ok(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId() }, 'owner')
    expect((await lead(outcome.leadId)).status).toBe('open')
  })
})
