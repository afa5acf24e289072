/**
 * The director's dashboard against the database: every number equals a count taken from the
 * SQLite file with independent SQL. Also the monthly .xlsx and the late-filing flag.
 */
import type { DashboardOutput } from '../../src/core/contracts/staff/dashboard'
import Database from 'better-sqlite3'
import ExcelJS from 'exceljs'
import { join } from 'node:path'
import { fieldLabel, findTown, kaipingConfig, monthRange } from '../../backend/core'
import { platformLabel } from '../../backend/core'
import { staff, submitted } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { dashboardFromAction, dashboardFromSql } from './support/dashboard-sql'
import { fileReport, rectifying, stepOk, sweptLead } from './support/supervision'

let env: TestEnv
beforeAll(async () => {
  env = await makeEnv()
  // Filings: one late (opened long before the campaign ended), others on time, in two towns and platforms.
  const late = await submitted(env, 'owner', { accounts: [selfMedia({ accountName: '老账号', openedOn: '2023-06-01' })] })
  const a = await submitted(env, 'other', { accounts: [selfMedia({ accountName: '快手号', platform: 'kuaishou' })] })
  const b = await submitted(env, 'admin', { subject: { type: 'individual', name: '李四', idNumber: '440783198512314562', phone: '13800138001', address: '开平市赤坎镇1号', town: '440783108' }, accounts: [selfMedia({ accountName: '赤坎号' })] })
  await env.ok(staff, 'decide', { id: late.id, version: late.version, decision: { decision: 'approve' } }, 'reviewer')
  await env.ok(staff, 'decide', { id: a.id, version: a.version, decision: { decision: 'approve' } }, 'reviewer')
  // Past the review time limit: reviewer 2 returns the third one late.
  env.clock.advanceDays(20)
  await env.ok(staff, 'decide', { id: b.id, version: b.version, decision: { decision: 'return', reasons: [{ field: 'documents.id_front', reason: '照片模糊，请重新拍摄' }, { field: 'subject.phone', reason: '联系电话无法接通，请核对' }] } }, 'reviewer2')
  // Leads, a report and a case that reached 约谈 and 责令整改.
  await sweptLead(env, '未备案一号')
  const urged = await sweptLead(env, '未备案二号')
  await env.ok(staff, 'lead-urge', { id: urged, version: 1, deadline: '2024-04-01', channel: '电话' }, 'reviewer')
  await env.ok(staff, 'lead-import', { listName: '名单', rows: [{ platform: 'weibo', accountName: '微博号', town: '440783001' }] }, 'reviewer')
  await fileReport(env)
  const c = await rectifying(env)
  await stepOk(env, c, { type: 'publicize', name: '抖音账号“开平美食探店”', measure: '约谈并责令整改' }, 'admin')
}, 60_000)
afterAll(() => env.dispose())

describe('director\'s dashboard', () => {
  test('when the dashboard is read, then every number equals the count taken from the database', async () => {
    const d = await env.ok<DashboardOutput>(staff, 'dashboard', { month: '2024-03' }, 'admin')
    const db = new Database(join(env.dir, 'filing.sqlite'), { readonly: true })
    const { from, to } = monthRange('2024-03', 'Asia/Shanghai')
    const sql = dashboardFromSql(db, from, to)
    db.close()
    const names: Record<string, string> = { [OPENID.reviewer]: '审核员一', [OPENID.reviewer2]: '审核员二' }
    const got = dashboardFromAction(d, { town: (k) => findTown(kaipingConfig, k)?.name ?? k, platform: (k) => platformLabel(k, kaipingConfig), field: fieldLabel, reviewer: (o) => names[o] }, sql)
    expect(got).toEqual(sql)
    // And the numbers are the ones this story made, not zeros on both sides.
    // Late: the old account, and the case's filing (submitted after the review delay, past its due date).
    expect(sql).toMatchObject({ submitted: 4, late: 2, leads: 3, cases: 1, summoned: 1, ordered: 1, publicized: 1, reportsReceived: 1 })
    expect(d.reviewers).toEqual([
      expect.objectContaining({ name: '审核员一', decisions: 3, onTime: 3, late: 0, rate: 100 }),
      expect.objectContaining({ name: '审核员二', decisions: 1, onTime: 0, late: 1, rate: 0 })
    ])
    expect(d.returnReasons.map((r) => r.label)).toEqual(['联系电话', '身份证人像面'])
  })

  test('when a filing was first submitted after its due date, then the queue flags it as late', async () => {
    const q = await env.ok<{ items: Array<{ accountNames: string[]; filedLate: boolean }> }>(staff, 'queue', { status: 'approved' }, 'reviewer')
    expect(Object.fromEntries(q.items.map((i) => [i.accountNames[0], i.filedLate]))).toMatchObject({ 老账号: true, 快手号: false })
  })

  test('when the monthly report is asked for, then an .xlsx with the same numbers is delivered and audited', async () => {
    const out = await env.ok<{ url: string; fileName: string }>(staff, 'monthly-report', { month: '2024-03' }, 'admin')
    expect(out.fileName).toBe('监管月报-2024-03.xlsx')
    const file = await env.rt.localFiles.readSigned(out.url.replace('/files/', ''))
    if (!file) throw new Error('the link does not open')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '覆盖率（镇街）', '覆盖率（平台）', '审核时限', '退回原因', '执法漏斗', '本月逾期备案'])
    const overview = Object.fromEntries(wb.getWorksheet('概览')!.getSheetValues().slice(2).map((r) => (Array.isArray(r) ? [r[1], r[2]] : [null, null])))
    expect(overview).toMatchObject({ 报告月份: '2024-03', 累计提交备案: 4, 其中逾期备案: 2, 本月收到举报: 1 })
    expect(wb.getWorksheet('本月逾期备案')!.getRow(2).getCell(2).value).toBe('老账号')
    expect((await env.rt.store.audit.listByAction('monthly-report', 5)).length).toBe(1)
  })

  test('when a future month or a malformed month is asked for, then it is refused in Chinese', async () => {
    expect(await env.call(staff, 'monthly-report', { month: '2099-01' }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('未来月份') } })
    expect(await env.call(staff, 'dashboard', { month: '2024-13' }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('年-月') } })
  })
})
