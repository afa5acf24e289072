/**
 * 评优, upkeep prompts and the directory (issue 11 §3, §5, §6) through main on the SQLite store:
 * candidates qualify on compliance history and attendance (each criterion flips it), nominations
 * and results reach the operator's record; a 建议备案 operator is prompted when they report
 * crossing 5,000; a change of operator or contact is due 30 working days on (across 清明 and
 * 劳动节 2024), reminded once against a credit (never twice, even when the timer dies midway),
 * and becomes a lead once overdue; the directory lists only consenting filed operators, masked.
 * Only WeChat's send API is replaced (the outbox is what would be sent).
 */
import ExcelJS from 'exceljs'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { applicant, approved, draftOf, requestId, staff } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { openCase } from './support/supervision'
import { optedInSmall, qualifiedCandidate, smallAnswers } from './support/upkeep'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

type Candidate = { id: string; version: number; eligible: boolean; reasons: Array<{ criterion: string; met: boolean; text: string }>; nomination: { status: string } | null }
const candidates = async (activityId: string) => (await env.ok<{ candidates: Candidate[] }>(staff, 'award-candidates', { activityId }, 'reviewer')).candidates
const ownerCandidate = async (activityId: string, candidateId: string) => (await candidates(activityId)).find((c) => c.id === candidateId)!
const unmet = (c: Candidate) => c.reasons.filter((r) => !r.met).map((r) => r.criterion)

describe('评优: candidates from compliance history and attendance', () => {
  it('when the owner is filed on time, has no case and attended a course, then they qualify with every reason given', async () => {
    const { activityId, candidateId } = await qualifiedCandidate(env)
    const c = await ownerCandidate(activityId, candidateId)
    expect(c).toMatchObject({ eligible: true, nomination: null })
    expect(c.reasons.map((r) => [r.criterion, r.met, r.text])).toEqual([
      ['noOpenCases', true, '无未结监管案件'],
      ['filedOnTime', true, '按时备案'],
      ['reverified', true, '暂无年度核验事项'],
      ['attended', true, '参加活动1次']
    ])
  })

  it('when the operator attended nothing, then they do not qualify for lack of attendance alone', async () => {
    await approved(env, 'owner', { accounts: [selfMedia({ accountName: '开平美食探店' })] })
    const activityId = (await env.ok<{ activity: { id: string } }>(staff, 'activity-create', (await import('./support/outreach')).activityInput(env, { kind: 'award', audience: { standings: ['filed'], platforms: ['douyin'] } }), 'reviewer')).activity.id
    const [c] = await candidates(activityId)
    expect([c.eligible, unmet(c)]).toEqual([false, ['attended']])
  })

  it('when a supervision case about the operator is open, then they do not qualify', async () => {
    const { activityId, candidateId } = await qualifiedCandidate(env)
    await openCase(env)
    const c = await ownerCandidate(activityId, candidateId)
    expect([c.eligible, unmet(c)]).toEqual([false, ['noOpenCases']])
  })

  it('when one of the operator\'s filings was submitted after its due date, then they do not qualify', async () => {
    const { activityId, candidateId } = await qualifiedCandidate(env)
    // An account opened over a year before the filing: its due date had long passed.
    await approved(env, 'owner', { accounts: [selfMedia({ accountName: '开平老街记忆', openedOn: '2023-01-02' })] })
    const c = await ownerCandidate(activityId, candidateId)
    expect([c.eligible, unmet(c)]).toEqual([false, ['filedOnTime']])
  })

  it('when a 年度核验 round awaits the operator\'s answer, then they do not qualify until they answer', async () => {
    const { activityId, candidateId } = await qualifiedCandidate(env)
    const deadline = (await import('../../backend/core')).deadlineIn(10, env.clock.now, env.rt.config)
    await env.ok(staff, 'round-open', { title: '2024年度核验', deadline }, 'admin')
    expect(unmet(await ownerCandidate(activityId, candidateId))).toEqual(['reverified'])
    const entries = await env.ok<{ items: Array<{ id: string }> }>(applicant, 'my-reverifications', {}, 'owner')
    for (const e of entries.items) await env.ok(applicant, 'reverify', { entryId: e.id, inspection: { rumours: { ok: true }, unverified: { ok: true }, staff: { ok: true }, commitment: true } }, 'owner')
    expect(await ownerCandidate(activityId, candidateId)).toMatchObject({ eligible: true, reasons: expect.arrayContaining([{ criterion: 'reverified', met: true, text: '已完成年度核验' }]) })
  })

  it('when staff nominate and record the result, then both are audited and the operator\'s record shows nominated, then awarded; out-of-order steps are refused', async () => {
    const { activityId, candidateId, version } = await qualifiedCandidate(env)
    expect(await env.call(staff, 'award-record', { activityId, candidateId, version, to: 'awarded', note: '' }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '请先提名，再记录评选结果' } })
    const n = await env.ok<{ candidate: Candidate }>(staff, 'award-record', { activityId, candidateId, version, to: 'nominated', note: '积极参加培训' }, 'reviewer')
    expect(n.candidate.nomination).toMatchObject({ status: 'nominated', label: '已提名', note: '积极参加培训', byName: '审核员一' })
    let mine = await env.ok<{ record: { nominations: Array<{ activityId: string; title: string; nomination: { label: string } }> } }>(applicant, 'my-activities', {}, 'owner')
    expect(mine.record.nominations.map((x) => [x.activityId, x.title, x.nomination.label])).toEqual([[activityId, '年度优秀自媒体评选', '已提名']])
    // A stale version is a conflict, not a second write.
    expect(await env.call(staff, 'award-record', { activityId, candidateId, version, to: 'awarded', note: '' }, 'admin')).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await env.ok(staff, 'award-record', { activityId, candidateId, version: n.candidate.version, to: 'awarded', note: '' }, 'admin')
    mine = await env.ok(applicant, 'my-activities', {}, 'owner')
    expect(mine.record.nominations.map((x) => x.nomination.label)).toEqual(['获评'])
    expect(await env.call(staff, 'award-record', { activityId, candidateId, version: n.candidate.version + 1, to: 'not-awarded', note: '' }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '评选结果已记录' } })
    const audit = (await env.rt.store.audit.listByRef(activityId)).filter((e) => e.action.startsWith('award-'))
    expect(audit.map((e) => [e.action, e.actorOpenid, e.detail.from, e.detail.to])).toEqual([
      ['award-nominated', OPENID.reviewer, null, 'nominated'],
      ['award-awarded', OPENID.admin, 'nominated', 'awarded']
    ])
  })

  it('when staff try to nominate an operator who does not qualify, or in an event that is not 评优, then it is refused and nothing changes', async () => {
    const { activityId, candidateId, version } = await qualifiedCandidate(env)
    await openCase(env)
    expect(await env.call(staff, 'award-record', { activityId, candidateId, version, to: 'nominated', note: '' }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '该运营者不符合评优条件，不能提名' } })
    expect((await env.rt.store.participations.get(candidateId))?.nomination ?? null).toBeNull()
    const course = (await env.rt.store.activities.list(10)).find((a) => a.kind === 'course')!
    expect(await env.call(staff, 'award-candidates', { activityId: course.id }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('评优活动') } })
  })
})

type Prompt = { threshold: number; followers: number; message: string; answers: { followers: number; platform: string } } | null

describe('upkeep prompt: a 建议备案 operator crossing 5,000', () => {
  it('when an opted-in operator reports followers still under 5,000, then no prompt; at 5,000, the prompt to file with the self-check answers for the wizard', async () => {
    await optedInSmall(env, 'other', 800)
    expect((await env.ok<{ prompt: Prompt }>(applicant, 'upkeep-followers', { followers: 4999 }, 'other')).prompt).toBeNull()
    const { prompt } = await env.ok<{ prompt: Prompt }>(applicant, 'upkeep-followers', { followers: 5000 }, 'other')
    expect(prompt).toMatchObject({ threshold: 5000, followers: 5000, message: expect.stringContaining('请办理登记备案'), answers: { ...smallAnswers(5000) } })
  })

  it('when the operator runs the self-check again past 5,000, then the opt-in answers with the prompt instead of a refusal', async () => {
    await optedInSmall(env, 'other', 800)
    const out = await env.ok<{ optedIn: boolean; prompt: Prompt }>(applicant, 'outreach-optin', { optedIn: true, answers: smallAnswers(12000), town: '440783001', category: '美食' }, 'other')
    expect(out).toMatchObject({ optedIn: true, prompt: { threshold: 5000, followers: 12000, answers: { followers: 12000 } } })
    // Already above: a later report is no crossing.
    expect((await env.ok<{ prompt: Prompt }>(applicant, 'upkeep-followers', { followers: 13000 }, 'other')).prompt).toBeNull()
  })

  it('when someone who did not opt in reports followers, then they are told to run the self-check first', async () => {
    expect(await env.call(applicant, 'upkeep-followers', { followers: 6000 }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('备案自查') } })
    expect(await env.call(applicant, 'upkeep-followers', { followers: -1 }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('粉丝量') } })
  })
})

type Tick = { upkeep: { reminded: number; leads: number; filed: number } }
const tickAt = async (iso: string) => {
  env.clock.set(iso)
  return (await env.ok<Tick>(systemFn, 'tick', {}, 'admin')).upkeep
}
type Change = { dueOn: string; status: string; statusLabel: string; kindsLabel: string }
const myChange = async (who: 'owner' | 'other', filingId: string) => (await env.ok<{ items: Array<{ filingId: string; change: Change | null }> }>(applicant, 'my-upkeep', {}, who)).items.find((i) => i.filingId === filingId)?.change

/** The owner filed with consents (a 到期提醒 credit); the other filed accepting nothing. */
async function twoFiled() {
  const a = await approved(env, 'owner', { accounts: [selfMedia({ accountName: '开平美食探店' })] })
  const d = await draftOf(env, 'other', { accounts: [selfMedia({ platform: 'kuaishou', accountName: '赤坎古镇日常' })] })
  const s = await env.ok<{ id: string; version: number }>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: [] }, 'other')
  const b = await env.ok<{ id: string; version: number }>(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
  return { a, b }
}

describe('upkeep: a change of operator or contact is filed within 30 working days', () => {
  it('when a change is reported on 25 March 2024, then it is due on 9 May (清明 and 劳动节 skipped, make-up Sundays counted) and the app shows it', async () => {
    const { a } = await twoFiled()
    env.clock.set('2024-03-25T02:00:00.000Z')
    const out = await env.ok<{ change: Change }>(applicant, 'upkeep-change', { filingId: a.id, kinds: ['operator', 'contact'] }, 'owner')
    expect(out.change).toMatchObject({ dueOn: '2024-05-09', status: 'open', kindsLabel: '运营者变更、联系方式变更', statusLabel: '请于2024-05-09前办理变更备案' })
    expect(await myChange('owner', a.id)).toMatchObject({ dueOn: '2024-05-09' })
    expect(await env.call(applicant, 'upkeep-change', { filingId: a.id, kinds: ['contact'] }, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('when the reminder day comes, then one reminder goes out only where a credit pays for it, never twice; overdue becomes a lead; a filed amendment settles it', async () => {
    const { a, b } = await twoFiled()
    env.clock.set('2024-03-25T02:00:00.000Z')
    await env.ok(applicant, 'upkeep-change', { filingId: a.id, kinds: ['contact'] }, 'owner')
    await env.ok(applicant, 'upkeep-change', { filingId: b.id, kinds: ['operator'] }, 'other')
    const before = { a: (await env.rt.store.outbox.listByFiling(a.id)).length, b: (await env.rt.store.outbox.listByFiling(b.id)).length }
    // 26 April is six working days before 9 May (28 April, a Sunday, is a make-up working day): not yet.
    expect(await tickAt('2024-04-26T02:00:00.000Z')).toEqual({ reminded: 0, leads: 0, filed: 0 })
    expect(await tickAt('2024-04-29T02:00:00.000Z')).toEqual({ reminded: 2, leads: 0, filed: 0 })
    expect(await tickAt('2024-04-29T08:00:00.000Z')).toEqual({ reminded: 0, leads: 0, filed: 0 })
    expect(await tickAt('2024-04-30T02:00:00.000Z')).toEqual({ reminded: 0, leads: 0, filed: 0 })
    // The owner's 到期提醒 credit paid for one message; the other accepted nothing: the app only.
    expect((await env.rt.store.outbox.listByFiling(a.id)).length).toBe(before.a + 1)
    expect((await env.rt.store.outbox.listByFiling(b.id)).length).toBe(before.b)
    const audit = [...(await env.rt.store.audit.listByRef(a.id)), ...(await env.rt.store.audit.listByRef(b.id))].filter((e) => e.action === 'upkeep-reminder')
    expect(audit.map((e) => [e.filingId, e.detail.sent])).toEqual([[a.id, true], [b.id, false]])
    // The owner files the change (the lifecycle's amendment): the next run settles it.
    const got = await env.ok<{ content: Record<string, unknown>; version: number }>(applicant, 'get-filing', { id: a.id }, 'owner')
    const fresh = await env.rt.store.filings.get(a.id)
    const content = { ...got.content, subject: { ...(got.content.subject as object), phone: '13900139000' } }
    await env.ok(applicant, 'amend', { id: a.id, version: fresh!.version, requestId: requestId(), content }, 'owner')
    expect(await tickAt('2024-05-06T02:00:00.000Z')).toEqual({ reminded: 0, leads: 0, filed: 1 })
    expect(await myChange('owner', a.id)).toMatchObject({ status: 'filed' })
    // The due day itself is still in time; the day after, the other's change is a lead.
    expect(await tickAt('2024-05-09T15:00:00.000Z')).toEqual({ reminded: 0, leads: 0, filed: 0 })
    expect(await tickAt('2024-05-09T16:30:00.000Z')).toEqual({ reminded: 0, leads: 1, filed: 0 })
    expect(await tickAt('2024-05-10T02:00:00.000Z')).toEqual({ reminded: 0, leads: 0, filed: 0 })
    const leads = await env.rt.store.leads.list({}, 10)
    expect(leads.map((l) => [l.source, l.platform, l.accountName])).toEqual([['upkeep', 'kuaishou', '赤坎古镇日常']])
    // Staff see why it is a lead: an overdue change, not a silent 年度核验.
    const listed = await env.ok<{ items: Array<{ sourceLabel: string }> }>(staff, 'leads', {}, 'reviewer')
    expect(listed.items.map((l) => l.sourceLabel)).toEqual(['变更逾期未备案'])
    expect(await myChange('other', b.id)).toMatchObject({ status: 'overdue' })
  })

  it('when the timer dies after queuing a reminder but before its unit commits, then nothing is recorded and the next run sends exactly one', async () => {
    const { a } = await twoFiled()
    env.clock.set('2024-03-25T02:00:00.000Z')
    await env.ok(applicant, 'upkeep-change', { filingId: a.id, kinds: ['contact'] }, 'owner')
    const before = (await env.rt.store.outbox.listByFiling(a.id)).length
    const store = env.rt.store
    const runUnit = store.runUnit.bind(store)
    let died = false
    // The first unit that writes an outbox row dies after its writes, before commit.
    store.runUnit = (async (fn: Parameters<typeof runUnit>[0]) =>
      runUnit(async (tx) => {
        let queued = false
        const out = await fn({ ...tx, outbox: { insert: async (m) => ((queued = true), tx.outbox.insert(m)) } })
        if (queued && !died) {
          died = true
          throw new Error('the timer died')
        }
        return out
      })) as typeof store.runUnit
    env.clock.set('2024-04-29T02:00:00.000Z')
    expect(await env.call(systemFn, 'tick', {}, 'admin')).toMatchObject({ ok: false })
    store.runUnit = runUnit
    expect((await env.rt.store.outbox.listByFiling(a.id)).length).toBe(before)
    expect((await env.rt.store.upkeep.get(a.id))?.change?.remindedAt).toBeNull()
    expect(await tickAt('2024-04-29T03:00:00.000Z')).toMatchObject({ reminded: 1 })
    expect(await tickAt('2024-04-29T04:00:00.000Z')).toMatchObject({ reminded: 0 })
    expect((await env.rt.store.outbox.listByFiling(a.id)).length).toBe(before + 1)
  })

  it('when a 年度核验 answer confirms with a change of contact not yet filed, then the change is due like one reported directly', async () => {
    const { a } = await twoFiled()
    env.clock.set('2024-03-25T02:00:00.000Z')
    await env.ok(staff, 'round-open', { title: '2024年度核验', deadline: '2024-04-08' }, 'admin')
    const [entry] = (await env.ok<{ items: Array<{ id: string }> }>(applicant, 'my-reverifications', {}, 'owner')).items
    await env.ok(applicant, 'reverify', { entryId: entry.id, inspection: { rumours: { ok: true }, unverified: { ok: true }, staff: { ok: true }, commitment: true }, pendingChanges: ['contact'] }, 'owner')
    expect(await myChange('owner', a.id)).toMatchObject({ dueOn: '2024-05-09', kindsLabel: '联系方式变更', status: 'open' })
    expect((await env.rt.store.upkeep.get(a.id))?.change?.source).toBe('reverify')
  })
})

describe('directory export', () => {
  const read = async (url: string) => {
    const file = await env.rt.localFiles.readSigned(url.slice('/files/'.length))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(file!.bytes)
    const ws = wb.worksheets[0]
    const rows: string[][] = []
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)))
    return rows
  }

  it('when some filed operators consent and others do not or withdraw, then the directory lists only the consenting filed ones, masked, and the export is audited', async () => {
    const { a, b } = await twoFiled()
    const c = await approved(env, 'reviewer2', { accounts: [selfMedia({ accountName: '潭江夜话' })] })
    const draft = await draftOf(env, 'admin', { accounts: [selfMedia({ accountName: '未备案草稿号' })] })
    await env.ok(applicant, 'directory-consent', { filingId: a.id, listed: true }, 'owner')
    await env.ok(applicant, 'directory-consent', { filingId: c.id, listed: true }, 'reviewer2')
    await env.ok(applicant, 'directory-consent', { filingId: c.id, listed: false }, 'reviewer2')
    await env.ok(applicant, 'directory-consent', { filingId: draft.id, listed: true }, 'admin')
    expect((await env.ok<{ items: Array<{ filingId: string; listed: boolean }> }>(applicant, 'my-upkeep', {}, 'other')).items).toEqual([expect.objectContaining({ filingId: b.id, listed: false })])
    const out = await env.ok<{ url: string; rows: number; operators: number; fileName: string }>(staff, 'directory-export', {}, 'admin')
    expect(out).toMatchObject({ rows: 1, operators: 1, fileName: expect.stringMatching(/^自媒体名录-\d{8}\.xlsx$/) })
    const [header, row, ...rest] = await read(out.url)
    expect(header).toEqual(['备案号', '平台', '账号名称', '内容类别', '粉丝量', '镇街', '主体类型', '主体名称', '联系电话', '备案日期'])
    expect(rest).toEqual([])
    expect(row).toEqual(expect.arrayContaining(['抖音', '开平美食探店', '美食', '5000至10万', '张**', '138****8000']))
    expect(row.join('|')).not.toMatch(/张小明|13800138000|\d{17}[\dX]/)
    expect((await env.rt.store.audit.listByAction('directory-export', 5)).map((e) => [e.actorOpenid, e.detail.rows])).toEqual([[OPENID.admin, 1]])
    expect(await env.call(staff, 'directory-export', {}, 'reviewer')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})
