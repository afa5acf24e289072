/**
 * Reports through main: receipt numbers, screenshots, the reporter's lookup, and triage (assign,
 * link, close) with an audit entry per change and the reporter's message when closed.
 */
import { applicant, approved, staff } from './support/flows'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { attach, fileReport, publicFn, reportVersion, systemFn } from './support/supervision'
import { photoJpeg, uploadDoc } from './support/factories'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

describe('receiving a report', () => {
  test('when three reports come in, then they get readable, gap-free receipt numbers and each is audited', async () => {
    const got = [await fileReport(env), await fileReport(env, 'owner'), await fileReport(env)]
    expect(got.map((r) => r.receiptNumber)).toEqual(['JB-2024-000001', 'JB-2024-000002', 'JB-2024-000003'])
    for (const r of got) expect((await env.rt.store.audit.listByRef(r.id)).map((e) => e.action)).toEqual(['report-received'])
  })

  test('when a report carries three screenshots uploaded by the reporter, then they are kept', async () => {
    const evidence = [await attach(env, 'other', 'report_evidence'), await attach(env, 'other', 'report_evidence'), await attach(env, 'other', 'report_evidence')]
    const r = await fileReport(env, 'other', { evidence })
    expect((await env.rt.store.reports.get(r.id))?.evidence).toEqual(evidence)
  })

  test.each([
    ['a fourth screenshot', async (e: TestEnv) => Promise.all([1, 2, 3, 4].map(() => attach(e, 'other', 'report_evidence'))), 'invalid_input', '举报截图最多3张'],
    ['a screenshot uploaded by someone else', async (e: TestEnv) => [await attach(e, 'owner', 'report_evidence')], 'forbidden', '不是您在此处上传的文件'],
    ['a forged file id', async () => ['local://filings/../../etc/passwd'], 'forbidden', '不是您在此处上传的文件'],
    ['an ID photo of a filing passed off as a screenshot', async (e: TestEnv) => [await uploadDoc(e.rt, OPENID.other, 'id_front')], 'forbidden', '不是您在此处上传的文件'],
    ['an upload the server never ingested', async (e: TestEnv) => {
      const loc = await e.ok<{ cloudPath: string }>(applicant, 'attachment-location', { kind: 'report_evidence' }, 'other')
      return [(await e.rt.localFiles.put(loc.cloudPath, photoJpeg(), 'image/jpeg', OPENID.other)).fileId]
    }, 'forbidden', '不是您在此处上传的文件']
  ])('when a report carries %s, then it is refused in Chinese and nothing is stored', async (_what, make, code, message) => {
    const evidence = await make(env)
    const res = await env.call(publicFn, 'report', { platform: 'douyin', accountName: '某账号', reason: '未备案', evidence }, 'other')
    expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } })
    expect(await env.rt.store.reports.list({}, 10)).toEqual([])
    expect(await env.rt.store.counters.peek('report-receipt-2024')).toBe(0)
  })
})

describe('screenshots are kept with the report', () => {
  test('when the purge runs days later, then a report\'s screenshot stays and one never sent with a report is deleted', async () => {
    const kept = await attach(env, 'other', 'report_evidence')
    const dropped = await attach(env, 'other', 'report_evidence')
    await fileReport(env, 'other', { evidence: [kept] })
    env.clock.advanceDays(3)
    await env.ok(systemFn, 'purge', {}, 'admin')
    expect((await env.rt.files.info(kept)).exists).toBe(true)
    expect((await env.rt.files.info(dropped)).exists).toBe(false)
  })
})

describe('the reporter looks a receipt up', () => {
  test('when the reporter asks (any spacing or case), then they see the status; anyone else gets "not found"', async () => {
    const r = await fileReport(env)
    const mine = await env.ok<{ receipt: { status: string; outcome: string } }>(publicFn, 'receipt', { receiptNumber: ' jb-2024-000001 ' }, 'other')
    expect(mine.receipt).toMatchObject({ receiptNumber: r.receiptNumber, status: 'open', statusLabel: '待处理', outcome: '已受理，等待核查' })
    expect(await env.call(publicFn, 'receipt', { receiptNumber: r.receiptNumber }, 'owner')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await env.call(publicFn, 'receipt', { receiptNumber: 'JB-2024-000009' }, 'other')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await env.call(publicFn, 'receipt', { receiptNumber: '2024-1' }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('JB-2026-000123') } })
    expect((await env.ok<{ items: unknown[] }>(publicFn, 'my-reports', {}, 'other')).items).toHaveLength(1)
    expect((await env.ok<{ items: unknown[] }>(publicFn, 'my-reports', {}, 'owner')).items).toHaveLength(0)
  })
})

describe('triage', () => {
  test('when a report is assigned, linked to a new lead and closed, then each change is versioned, audited, and the reporter is told', async () => {
    const r = await fileReport(env)
    const assigned = await env.ok<{ report: { status: string; assigneeName: string } }>(staff, 'report-assign', { id: r.id, version: 1, assignee: OPENID.reviewer2 }, 'reviewer')
    expect(assigned.report).toMatchObject({ status: 'processing', assigneeName: '审核员二' })
    const linked = await env.ok<{ report: { leadId: string } }>(staff, 'report-link', { id: r.id, version: 2, target: { kind: 'new-lead', town: '440783001' } }, 'reviewer')
    const lead = await env.rt.store.leads.get(linked.report.leadId)
    expect(lead).toMatchObject({ status: 'open', source: 'report', sourceRefs: ['JB-2024-000001'], town: '440783001', accountName: '开平美食探店' })
    const closed = await env.ok<{ report: { status: string; outcomeLabel: string } }>(staff, 'report-close', { id: r.id, version: 3, outcome: 'transferred', note: '已转平台处理' }, 'reviewer')
    expect(closed.report).toMatchObject({ status: 'closed', outcomeLabel: '已移交处理' })
    expect((await env.rt.store.audit.listByRef(r.id)).map((e) => e.action)).toEqual(['report-received', 'report-assign', 'report-link', 'report-close'])
    const [msg] = await env.rt.store.outbox.listByFiling(r.id)
    expect(msg).toMatchObject({ openid: OPENID.other, templateId: 'tmpl-report', page: 'packages/public/pages/receipt/index?n=JB-2024-000001' })
    expect(msg.data).toMatchObject({ character_string1: { value: 'JB-2024-000001' }, thing5: { value: '经核查，已移交相关部门或平台依法处理' } })
    const receipt = await env.ok<{ receipt: { outcome: string; outcomeNote: string } }>(publicFn, 'receipt', { receiptNumber: r.receiptNumber }, 'other')
    expect(receipt.receipt).toMatchObject({ outcome: '经核查，已移交相关部门或平台依法处理', outcomeNote: '已转平台处理' })
  })

  test('when the reporter did not accept the template, then closing queues no message', async () => {
    const r = await fileReport(env, 'other', { subscribed: [] })
    await env.ok(staff, 'report-close', { id: r.id, version: 1, outcome: 'unfounded' }, 'reviewer')
    expect(await env.rt.store.outbox.listByFiling(r.id)).toEqual([])
  })

  test('when a report is linked to an existing filing, then the filing is recorded on it', async () => {
    const f = await approved(env)
    const r = await fileReport(env, 'other', { accountName: '另一个账号' })
    const out = await env.ok<{ report: { filingId: string } }>(staff, 'report-link', { id: r.id, version: 1, target: { kind: 'filing', filingId: f.id } }, 'reviewer')
    expect(out.report.filingId).toBe(f.id)
  })

  test('when the account already filed and staff try to make a lead of it, then they are told to link the filing', async () => {
    await approved(env)
    const r = await fileReport(env)
    expect(await env.call(staff, 'report-link', { id: r.id, version: 1, target: { kind: 'new-lead' } }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('已备案') } })
  })

  test.each([
    ['a closed report is closed again', async (e: TestEnv, id: string) => { await e.ok(staff, 'report-close', { id, version: 1, outcome: 'other' }, 'reviewer'); return { id, version: 2, outcome: 'other' } }, 'report-close', 'invalid_state'],
    ['an assignee who is not staff', async (_e: TestEnv, id: string) => ({ id, version: 1, assignee: OPENID.owner }), 'report-assign', 'invalid_input'],
    ['a stale version', async (_e: TestEnv, id: string) => ({ id, version: 7, outcome: 'other' }), 'report-close', 'conflict'],
    ['an unknown outcome', async (_e: TestEnv, id: string) => ({ id, version: 1, outcome: 'vanished' }), 'report-close', 'invalid_input'],
    ['a note over 200 characters', async (_e: TestEnv, id: string) => ({ id, version: 1, outcome: 'other', note: '字'.repeat(201) }), 'report-close', 'invalid_input']
  ])('when triage gets %s, then it is refused in Chinese and the report is unchanged', async (_what, make, action, code) => {
    const r = await fileReport(env)
    const input = await make(env, r.id)
    const before = await env.rt.store.reports.get(r.id)
    const res = await env.call(staff, action, input, 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(/[\u4e00-\u9fff]/) } })
    expect(await env.rt.store.reports.get(r.id)).toEqual(before)
    expect(await reportVersion(env, r.id)).toBe(before?.version)
  })

  test('when staff open a report, then they see the screenshots through short-lived links and the viewing is audited', async () => {
    const evidence = [await attach(env, 'other', 'report_evidence')]
    const r = await fileReport(env, 'other', { evidence })
    const got = await env.ok<{ evidenceLinks: string[]; staff: Array<{ name: string }> }>(staff, 'report-get', { id: r.id }, 'reviewer')
    expect(got.evidenceLinks).toHaveLength(1)
    expect(got.evidenceLinks[0]).toMatch(/^\/files\//)
    expect(got.staff.map((s) => s.name)).toEqual(expect.arrayContaining(['审核员一', '审核员二', '管理员']))
    expect((await env.rt.store.audit.listByRef(r.id)).map((e) => e.action)).toContain('report-evidence-viewed')
    // The reporter's identity never reaches staff.
    expect(JSON.stringify(got)).not.toContain(OPENID.other)
  })
})

describe('upload locations for supervision photos', () => {
  test('when an applicant asks where to put a signed record, or evidence for a case that is not theirs, then it is refused', async () => {
    expect(await env.call(applicant, 'attachment-location', { kind: 'signed_record', caseId: 'nope' }, 'owner')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await env.call(applicant, 'attachment-location', { kind: 'rectification_evidence' }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
