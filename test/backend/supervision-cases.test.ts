/**
 * Case files through main: a case on a filing goes 约谈 → 责令整改 → the operator's evidence →
 * accepted → closed, with its 公示 entry appearing and disappearing; every step writes an audit
 * entry; refused steps (out of order, past deadlines, oversized minutes, forged attachments,
 * the wrong person) change nothing.
 */
import Database from 'better-sqlite3'
import { fingerprintOf } from './support/db-fingerprint'
import { join } from 'node:path'
import { applicant, approved, staff, submitted } from './support/flows'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { attach, caseOf, operatorConsents, publicFn, step, stepOk, systemFn } from './support/supervision'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

/** The database's whole content, to prove a refusal wrote nothing. */
function fingerprint(): string {
  const db = new Database(join(env.dir, 'filing.sqlite'), { readonly: true })
  try {
    return fingerprintOf(db)
  } finally {
    db.close()
  }
}

const SUMMON = { type: 'summon', appointmentAt: '2024-03-07T02:00:00.000Z', place: '市网信办301会议室', matter: '发布未经核实的本地信息' }
const interview = async (id: string) => ({ type: 'interview', heldAt: '2024-03-07T03:00:00.000Z', attendees: ['张小明', '审核员一'], minutes: '运营者表示将删除相关视频并规范发布。', signedRecord: [await attach(env, 'reviewer', 'signed_record', id)] })
const ORDER = { type: 'order', items: ['删除未经核实的视频', '在简介中标明备案号'], deadline: '2024-03-15' }

async function openOnFiling(who: 'reviewer' | 'admin' = 'reviewer') {
  const f = await approved(env, 'owner')
  const out = await env.ok<{ case: { id: string; caseNumber: string } }>(staff, 'case-open', { filingId: f.id, summary: '发布未经核实的本地信息' }, who)
  return { filing: f, id: out.case.id, caseNumber: out.case.caseNumber }
}

describe('a case from 约谈 to closing', () => {
  test('when a case goes through 约谈 → 责令整改 → evidence → accepted → closed, then each step is recorded and audited and its 公示 entry comes and goes', async () => {
    const { id, caseNumber } = await openOnFiling()
    expect(caseNumber).toBe('AJ-2024-0001')
    // The operator accepted the supervision template (one message per consent, as WeChat counts).
    await operatorConsents(env, 'owner', 4)

    expect((await stepOk(env, id, SUMMON)).case).toMatchObject({ stage: 'summoned', deadline: '2024-03-07' })
    env.clock.set('2024-03-07T05:00:00.000Z')
    await stepOk(env, id, await interview(id))
    await stepOk(env, id, ORDER)
    await stepOk(env, id, { type: 'publicize', name: '抖音账号“开平美食探店”', measure: '约谈并责令整改' }, 'admin')
    const listed = await env.ok<{ items: Array<{ name: string; measure: string }> }>(publicFn, 'notices', {}, 'anonymous')
    expect(listed.items).toEqual([{ caseNumber, name: '抖音账号“开平美食探店”', measure: '约谈并责令整改', publishedAt: '2024-03-07T05:00:00.000Z' }])

    // The operator sees the order in 我的备案, with both generated notices, and answers it.
    const mine = await env.ok<{ items: Array<{ id: string; canSubmitEvidence: boolean }> }>(applicant, 'my-cases', {}, 'owner')
    expect(mine.items).toEqual([expect.objectContaining({ id, canSubmitEvidence: true, stageLabel: '整改中', deadline: '2024-03-15' })])
    const view = await env.ok<{ case: { version: number; notices: Array<{ title: string; number: string }>; rectificationItems: string[]; steps: Array<{ type: string; data: unknown }> } }>(applicant, 'my-case', { id }, 'owner')
    expect(view.case.notices.map((n) => [n.title, n.number])).toEqual([['约谈通知书', '开网约〔2024〕1号'], ['责令整改通知书', '开网改〔2024〕1号']])
    expect(view.case.rectificationItems).toEqual(ORDER.items)
    expect(view.case.steps.find((s) => s.type === 'interview')?.data).toBeNull()
    expect(JSON.stringify(view.case)).not.toContain('运营者表示将删除')
    const files = [await attach(env, 'owner', 'rectification_evidence', id)]
    await env.ok(applicant, 'case-evidence', { id, version: view.case.version, files, note: '已删除视频并在简介标明备案号', subscribed: ['tmpl-case'] }, 'owner')
    expect((await caseOf(env, id)).stage).toBe('evidence_submitted')

    await stepOk(env, id, { type: 'review', verdict: 'accept', note: '整改到位' })
    const closed = await stepOk(env, id, { type: 'close', outcome: 'rectified' })
    expect(closed.case).toMatchObject({ stage: 'closed', publicActive: false, closeOutcomeLabel: '整改完成' })
    expect((await env.ok<{ items: unknown[] }>(publicFn, 'notices', {}, 'anonymous')).items).toEqual([])

    const audit = await env.rt.store.audit.listByRef(id)
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['case-opened', 'case-summon', 'case-interview', 'case-order', 'case-publicize', 'case-evidence', 'case-review', 'case-close']))
    expect(audit.filter((e) => e.action.startsWith('case-') && e.action !== 'case-attachments-viewed')).toHaveLength(8)
    expect(audit.find((e) => e.action === 'case-evidence')?.actorOpenid).toBe(OPENID.owner)
    // 约谈通知书, 整改通知书 and the verdict reached the operator (they had subscribed).
    const sent = await env.rt.store.outbox.listByFiling(id)
    expect(sent.map((m) => [m.openid, (m.data.thing2 as { value?: string } | undefined)?.value])).toEqual([[OPENID.owner, '约谈通知书'], [OPENID.owner, '责令整改通知书'], [OPENID.owner, '整改验收通过']])
  })

  test('when the operator never subscribed, then no message is queued but the notices are in 我的备案', async () => {
    const { id } = await openOnFiling()
    await stepOk(env, id, SUMMON)
    expect(await env.rt.store.outbox.listByFiling(id)).toEqual([])
    expect((await env.ok<{ items: unknown[] }>(applicant, 'my-cases', {}, 'owner')).items).toHaveLength(1)
  })

  test('when a case is opened for a lead, then the lead is escalated in the same unit and there is no operator to notify', async () => {
    const { outcome } = await env.ok<{ outcome: { leadId: string } }>(staff, 'lead-create', { platform: 'kuaishou', accountName: '赤坎古镇日常' }, 'reviewer')
    const out = await env.ok<{ case: { id: string; operatorKnown: boolean } }>(staff, 'case-open', { leadId: outcome.leadId, summary: '督促后仍未备案' }, 'reviewer')
    expect(out.case.operatorKnown).toBe(false)
    expect(await env.rt.store.leads.get(outcome.leadId)).toMatchObject({ status: 'escalated', caseId: out.case.id })
    expect(await env.call(staff, 'case-open', { leadId: outcome.leadId, summary: '再立一案' }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
  })
})

describe('bad input gets a clear Chinese answer and changes nothing', () => {
  test.each([
    ['a step out of order (责令整改 before 约谈)', async () => ORDER, 'invalid_state', '不能办理“责令整改”'],
    ['a deadline in the past', async () => ({ type: 'urge', deadline: '2024-03-01', channel: '电话' }), 'invalid_input', '不能早于或等于今天'],
    ['a talk scheduled in the past', async () => ({ ...SUMMON, appointmentAt: '2024-03-01T02:00:00.000Z' }), 'invalid_input', '约谈时间不能早于现在'],
    ['an unknown step type', async () => ({ type: 'arrest' }), 'invalid_input', '请选择要办理的环节'],
    ['a sanction asked by a reviewer', async () => ({ type: 'sanction', measure: '警告', partner: '抖音平台', documentNumber: '开网处〔2024〕1号', effectiveOn: '2024-03-05' }), 'forbidden', '须由管理员办理'],
    ['evidence sent by staff', async () => ({ type: 'evidence', files: ['local://x'], note: '代为提交材料' }), 'forbidden', '我的备案']
  ])('when a case gets %s, then it is refused', async (_what, make, code, message) => {
    const { id } = await openOnFiling()
    const before = fingerprint()
    const res = await step(env, id, await make())
    expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } })
    expect(fingerprint()).toBe(before)
  })

  test('when a case is opened for a filing that is not filed (submitted, never approved), then it is refused and nothing is stored', async () => {
    const s = await submitted(env, 'owner')
    const before = fingerprint()
    const res = await env.call(staff, 'case-open', { filingId: s.id, summary: '发布未经核实的本地信息' }, 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('登记为线索') } })
    expect(fingerprint()).toBe(before)
  })

  test.each([
    ['oversized minutes', async (id: string) => ({ ...(await interview(id)), minutes: '记'.repeat(5001) }), 'invalid_input', '约谈记录不能超过5000个字'],
    ['a forged attachment id', async () => ({ ...SUMMON, type: 'interview', heldAt: '2024-03-04T02:01:00.000Z', attendees: ['甲'], minutes: '约谈记录内容足够长了。', signedRecord: ['local://filings/aaaa/cases/x/signed_record-1.jpg'] }), 'forbidden', '不是您在此处上传的文件'],
    ['a photo uploaded for another case', async () => {
      const f = await approved(env, 'other')
      const other = await env.ok<{ case: { id: string } }>(staff, 'case-open', { filingId: f.id, summary: '另一个案件的案由' }, 'reviewer')
      return { type: 'interview', heldAt: '2024-03-04T02:01:00.000Z', attendees: ['甲'], minutes: '约谈记录内容足够长了。', signedRecord: [await attach(env, 'reviewer', 'signed_record', other.case.id)] }
    }, 'forbidden', '不是您在此处上传的文件'],
    ['a photo whose file is gone', async (id: string) => {
      const photo = await attach(env, 'reviewer', 'signed_record', id)
      await env.rt.files.remove([photo])
      return { type: 'interview', heldAt: '2024-03-04T02:01:00.000Z', attendees: ['甲'], minutes: '约谈记录内容足够长了。', signedRecord: [photo] }
    }, 'invalid_input', '不存在'],
    ['a photo taken as a report screenshot', async () => ({ type: 'interview', heldAt: '2024-03-04T02:01:00.000Z', attendees: ['甲'], minutes: '约谈记录内容足够长了。', signedRecord: [await attach(env, 'reviewer', 'report_evidence')] }), 'forbidden', '不是您在此处上传的文件']
  ])('when minutes come with %s, then they are refused and nothing is stored', async (_what, make, code, message) => {
    const { id } = await openOnFiling()
    await stepOk(env, id, SUMMON)
    const s = await make(id)
    const before = fingerprint()
    const res = await step(env, id, s)
    expect(res).toMatchObject({ ok: false, error: { code, message: expect.stringContaining(message) } })
    expect(fingerprint()).toBe(before)
  })

  test('when another applicant submits evidence for the case, or looks at it, then both are refused', async () => {
    const { id } = await openOnFiling()
    await stepOk(env, id, SUMMON)
    expect(await env.call(applicant, 'my-case', { id }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.call(applicant, 'case-evidence', { id, version: 2, files: ['local://x'], note: '我来替他整改' }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.call(applicant, 'attachment-location', { kind: 'rectification_evidence', caseId: id }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  test('when the operator submits evidence before any order, then the refusal says what the case is waiting for', async () => {
    const { id } = await openOnFiling()
    await stepOk(env, id, SUMMON)
    const files = [await attach(env, 'owner', 'rectification_evidence', id)]
    const before = fingerprint()
    expect(await env.call(applicant, 'case-evidence', { id, version: 2, files, note: '提前整改了' }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('待约谈') } })
    expect(fingerprint()).toBe(before)
  })

  test('when two officers take a step from the same version, then one stands and the other is told to refresh', async () => {
    const { id } = await openOnFiling()
    const [a, b] = await Promise.all([
      env.call(staff, 'case-step', { id, version: 1, step: SUMMON }, 'reviewer'),
      env.call(staff, 'case-step', { id, version: 1, step: { type: 'urge', deadline: '2024-03-18', channel: '电话' } }, 'reviewer2')
    ])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    expect([a, b].find((r) => !r.ok)).toMatchObject({ error: { code: 'conflict', message: '已被他人处理，请刷新' } })
    expect((await caseOf(env, id)).steps).toHaveLength(1)
  })

  test('when a staff member is the operator of the filing, then they cannot open or work its case', async () => {
    // The reviewer files an account of their own (the admin approves it: the reviewer must recuse).
    const s = await submitted(env, 'reviewer')
    const f = await env.ok<{ id: string }>(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'admin')
    expect(await env.call(staff, 'case-open', { filingId: f.id, summary: '自己的账号' }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('需回避') } })
    const out = await env.ok<{ case: { id: string } }>(staff, 'case-open', { filingId: f.id, summary: '另一位工作人员立案' }, 'admin')
    const before = await caseOf(env, out.case.id)
    expect(await step(env, out.case.id, SUMMON, 'reviewer')).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('需回避') } })
    expect(await caseOf(env, out.case.id)).toEqual(before)
    // Each refusal is audited as the lifecycle audits a refused decision.
    const refused = (await env.rt.store.audit.listByFiling(f.id)).filter((e) => e.action === 'recusal-refused')
    expect(refused.map((e) => e.detail.attempted)).toEqual(['case-open', 'case-summon'])
  })
})

describe('reminders before each deadline', () => {
  test('when the timer runs on the reminder day, then the operator is reminded once and the reminder is audited', async () => {
    const { id } = await openOnFiling()
    await operatorConsents(env, 'owner', 2)
    await stepOk(env, id, { type: 'urge', deadline: '2024-03-18', channel: '电话' })
    expect((await caseOf(env, id)).reminderOn).toBe('2024-03-14')
    const remind = () => env.ok<{ reminded: number }>(systemFn, 'remind', {}, 'admin')
    env.clock.set('2024-03-13T02:00:00.000Z')
    expect(await remind()).toEqual({ reminded: 0 })
    env.clock.set('2024-03-14T02:00:00.000Z')
    expect(await remind()).toEqual({ reminded: 1 })
    expect(await remind()).toEqual({ reminded: 0 })
    const msgs = await env.rt.store.outbox.listByFiling(id)
    expect(msgs.map((m) => (m.data.thing2 as { value?: string } | undefined)?.value)).toEqual(['督促备案通知', '督促到期提醒'])
    expect((await env.rt.store.audit.listByRef(id)).filter((e) => e.action === 'case-reminder')).toHaveLength(1)
    expect((await caseOf(env, id)).reminderOn).toBeNull()
  })
})
