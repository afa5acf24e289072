/**
 * Bulk accounts (issue 12 §7): an organisation downloads the template, fills it and adds many accounts
 * at once to its draft, through `main` on the real SQLite store. A file with any bad row adds nothing
 * and names each bad row and field in Chinese; an account already filed by someone else is refused on
 * its row; a file that is not a spreadsheet (or would unzip to gigabytes) is a clear refusal.
 */
import { zipClaiming } from './support/zip-bomb'
import ExcelJS from 'exceljs'
import { applicant, approved, draftOf } from './support/flows'
import { makeEnv, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

type Template = { fileName: string; base64: string; columns: string[] }
type Report = { added: number; total: number; version: number; problems: Array<{ row: number | null; column: string | null; text: string }> }

/** The template as downloaded, filled with `rows` (header → value) the way a person types them. */
async function filled(rows: Array<Record<string, string | number>>): Promise<string> {
  const t = await env.ok<Template>(applicant, 'bulk-template', {}, 'owner')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(t.base64, 'base64') as unknown as ArrayBuffer)
  const ws = wb.getWorksheet('账号')!
  for (const r of rows) ws.addRow(t.columns.map((h) => r[h] ?? null))
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}

const douyin = (n: number, over: Record<string, string | number> = {}) => ({ 类型: '自媒体账号', 平台: '抖音', 账号名称: `开平侨乡${n}号`, 账号ID: `kp_org_${n}`, 粉丝数: 6000 + n, 开通日期: '2024-02-01', 内容类别: '本地生活', ...over })

test('when the template is downloaded, then it is an .xlsx whose columns are the catalogue account fields with a 填写说明 sheet', async () => {
  const t = await env.ok<Template>(applicant, 'bulk-template', {}, 'owner')
  expect(t.fileName).toMatch(/账号批量导入模板\.xlsx$/)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(t.base64, 'base64') as unknown as ArrayBuffer)
  expect(wb.worksheets.map((w) => w.name)).toEqual(['账号', '填写说明'])
  expect((wb.getWorksheet('账号')!.getRow(1).values as unknown[]).slice(1)).toEqual(t.columns)
  expect(t.columns.slice(0, 3)).toEqual(['类型', '平台', '平台名称'])
})

test('when an organisation imports 30 accounts, then all 30 are in its draft, audited', async () => {
  const d = await draftOf(env)
  const file = await filled(Array.from({ length: 30 }, (_, i) => douyin(i + 1)))
  const r = await env.ok<Report>(applicant, 'bulk-accounts', { id: d.id, version: d.version, file }, 'owner')
  expect(r.problems).toEqual([])
  expect(r).toMatchObject({ added: 30, total: 31 })
  const got = await env.ok<{ content: { accounts: Array<{ accountName: string; followers: number }> } }>(applicant, 'get-filing', { id: d.id }, 'owner')
  expect(got.content.accounts).toHaveLength(31)
  expect(got.content.accounts[30]).toMatchObject({ accountName: '开平侨乡30号', followers: 6030 })
  const trail = await env.rt.store.audit.listByFiling(d.id)
  expect(trail.find((a) => a.action === 'bulk-accounts')?.detail).toEqual({ added: 30 })
})

test('when a file has bad rows, then each bad row and field is named and nothing is added', async () => {
  const d = await draftOf(env)
  const before = await env.rt.store.filings.get(d.id)
  const rows: Array<Record<string, string | number>> = Array.from({ length: 30 }, (_, i) => douyin(i + 1))
  rows[4] = douyin(5, { 粉丝数: '很多' })
  rows[9] = douyin(10, { 平台: '脸书' })
  rows[19] = { 类型: '网站', 名称: '开平侨乡网', 域名: 'kaiping-qx.cn' }
  const r = await env.ok<Report>(applicant, 'bulk-accounts', { id: d.id, version: d.version, file: await filled(rows) }, 'owner')
  expect(r.added).toBe(0)
  expect(r.problems.map((p) => p.text)).toEqual([
    '第6行「粉丝数」：粉丝数应为整数，请重新填写',
    '第11行「平台」：所选平台不在列表中，请重新选择；列表中没有的请选“其他”并填写平台名称',
    '第21行「ICP备案号」：请填写ICP备案号'
  ])
  const after = await env.rt.store.filings.get(d.id)
  expect(after).toEqual(before)
})

test('when a row names an account another person has filed, then that row is refused and nothing is added', async () => {
  await approved(env, 'other', {})
  const theirs = (await env.rt.store.filings.listByOwner('oOther000000000000000000002', 5))[0]
  const acc = (theirs.approved?.content as { accounts: Array<{ accountId: string }> }).accounts[0]
  const d = await draftOf(env)
  const r = await env.ok<Report>(applicant, 'bulk-accounts', { id: d.id, version: d.version, file: await filled([douyin(1), douyin(2, { 账号ID: acc.accountId })]) }, 'owner')
  expect(r.added).toBe(0)
  expect(r.problems).toHaveLength(1)
  expect(r.problems[0]).toMatchObject({ row: 3 })
  expect(r.problems[0].text).toMatch(/^第3行：该账号已经备案，无需重复备案/)
})

test('when the file is not a spreadsheet or unzips to a bomb, then it is refused in Chinese and nothing changes', async () => {
  const d = await draftOf(env)
  const junk = await env.call(applicant, 'bulk-accounts', { id: d.id, version: d.version, file: Buffer.from('not a zip at all').toString('base64') }, 'owner')
  expect(junk.ok ? 'ok' : junk.error.message).toContain('.xlsx 格式的表格')
  // One entry claiming 1 GB uncompressed: refused from the central directory, nothing inflated.
  const bomb = zipClaiming(1024 * 1024 * 1024)
  const big = await env.call(applicant, 'bulk-accounts', { id: d.id, version: d.version, file: bomb.toString('base64') }, 'owner')
  expect(big.ok ? 'ok' : big.error.message).toContain('解压后过大')
  const stranger = await env.call(applicant, 'bulk-accounts', { id: d.id, version: d.version, file: await filled([douyin(1)]) }, 'other')
  expect(stranger.ok ? 'ok' : stranger.error.code).toBe('forbidden')
  expect((await env.rt.store.filings.get(d.id))?.version).toBe(d.version)
})

