/**
 * Legacy register import through `main` on the real SQLite store: a generated 1,000-row
 * spreadsheet (the real template's columns, written and read with exceljs) with deliberate errors,
 * nothing written while any row is bad, the report naming each bad row and column, idempotent
 * re-import, old numbers kept (bounded, resumable calls: intake-legacy-import-resume.test.ts).
 */
import { main as publicFn } from '../../cloudfunctions/public/index'
import type { LegacyImportOutput } from '../../backend/core'
import { applicant, approved, staff } from './support/flows'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { legacyRow, legacyWorkbook, uploadWorkbook, type LegacyRow } from './support/legacy'
import { zipClaiming } from './support/zip-bomb'

// Thousand-row files are written, uploaded and read for real: slower than a unit test on a shared machine.
jest.setTimeout(180_000)

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const importFile = async (rows: LegacyRow[], confirm: boolean) => {
  const fileId = await uploadWorkbook(env.rt, OPENID.admin, await legacyWorkbook(rows))
  return env.ok<LegacyImportOutput>(staff, 'legacy-import', { fileId, confirm }, 'admin')
}

const thousand = () => Array.from({ length: 1000 }, (_, i) => legacyRow(i + 1))

describe('legacy import', () => {
  it('when a 1,000-row file has deliberate errors, then the report names each bad row and column and nothing is written', async () => {
    const rows = thousand()
    // Spreadsheet row = index + 2 (the header is row 1).
    rows[9] = legacyRow(10, { 身份证号码: '440783199001011231' }) // row 11: wrong check digit
    rows[99] = legacyRow(100, { '账号·平台': '脸书' }) // row 101: not a platform of this city
    rows[199] = legacyRow(200, { 账号名称: null }) // row 201: account name missing
    rows[299] = legacyRow(300, { 原备案号: '开网备2024000001' }) // row 301: the system's own number format
    rows[399] = legacyRow(400, { 账号ID: 'kp_legacy_401', 账号名称: '开平旧账号401' }) // row 401: same account as row 402
    rows[499] = legacyRow(500, { '账号·粉丝数': '很多' }) // row 501: not a number
    rows[599] = legacyRow(600, { '所在镇（街道）': '火星镇' }) // row 601: unknown town
    const report = await importFile(rows, true)
    expect(report.written).toBe(0)
    expect(report.rows).toBe(1000)
    const at = (row: number) => report.problems.filter((p) => p.row === row)
    expect(at(11)).toEqual([expect.objectContaining({ column: '身份证号码', message: expect.stringContaining('校验') })])
    expect(at(101)).toEqual([expect.objectContaining({ column: '账号·平台', message: expect.stringContaining('脸书') })])
    expect(at(201)).toEqual([expect.objectContaining({ column: '账号名称', message: expect.stringContaining('账号名称') })])
    expect(at(301)).toEqual([expect.objectContaining({ column: '原备案号', message: expect.stringContaining('格式相同') })])
    expect(at(402)).toEqual([expect.objectContaining({ message: expect.stringContaining('第401行') })])
    expect(at(501)).toEqual([expect.objectContaining({ column: '账号·粉丝数', message: expect.stringContaining('数字') })])
    expect(at(601)).toEqual([expect.objectContaining({ column: '所在镇（街道）', message: expect.stringContaining('火星镇') })])
    expect(report.problemCount).toBe(7)
    expect(report.summary).toContain('本次未导入任何数据')
    // Nothing partial: not even the 993 good rows.
    expect(await env.rt.store.filings.findByNumber('KP-OLD-00001')).toBeNull()
    expect((await env.rt.store.filings.stats(['approved'])).total).toBe(0)
  })

  it('when the file is clean, then a check reports and writes nothing, the confirmation writes every filing under its old number, and a re-import writes nothing', async () => {
    const rows = thousand()
    // Two rows under one old number: one filing with two accounts.
    rows.push(legacyRow(1000, { 账号名称: '开平旧账号1000乙', 账号ID: 'kp_legacy_1000b' }))
    const check = await importFile(rows, false)
    expect(check).toMatchObject({ written: 0, filings: 1000, fresh: 1000, problemCount: 0 })
    expect(await env.rt.store.filings.findByNumber('KP-OLD-00001')).toBeNull()

    // Confirmed the way the screen does: the same upload again while some remain.
    const fileId = await uploadWorkbook(env.rt, OPENID.admin, await legacyWorkbook(rows))
    const answers: LegacyImportOutput[] = []
    do answers.push(await env.ok<LegacyImportOutput>(staff, 'legacy-import', { fileId, confirm: true }, 'admin'))
    while (answers[answers.length - 1].remaining > 0 && answers.length < 10)
    expect(answers[0]).toMatchObject({ written: 200, fresh: 1000, remaining: 800, problemCount: 0 })
    expect(answers.reduce((n, a) => n + a.written, 0)).toBe(1000)
    expect(answers[answers.length - 1]).toMatchObject({ remaining: 0, problemCount: 0 })
    const rec = await env.rt.store.filings.findByNumber('KP-OLD-01000')
    expect(rec).toMatchObject({ status: 'approved', filingNumber: 'KP-OLD-01000', ownerOpenid: '', intake: expect.objectContaining({ channel: 'legacy', legacyFiledOn: '2023-12-28' }) })
    expect(rec?.index.accountNames).toEqual(['开平旧账号1000', '开平旧账号1000乙'])
    // The ID number is sealed at rest like any filing's.
    expect(JSON.stringify(rec?.working.content)).not.toContain(legacyRow(1000).身份证号码 as string)
    const audit = await env.rt.store.audit.listByFiling(rec!.id)
    expect(audit.map((a) => a.action)).toEqual(['legacy-import'])

    // The public register answers by the old number.
    const found = await env.ok<{ items: Array<{ filingNumber: string; status: string }> }>(publicFn, 'lookup', { filingNumber: 'KP-OLD-00007' }, 'anonymous')
    expect(found.items[0]).toMatchObject({ filingNumber: 'KP-OLD-00007', status: 'approved' })

    const again = await importFile(rows, true)
    expect(again).toMatchObject({ written: 0, fresh: 0, remaining: 0, unchanged: 1000, problemCount: 0 })
    expect((await env.rt.store.filings.stats(['approved'])).total).toBe(1000)
  })

  it('when a re-imported old number has different content, or an account is already filed in the system, then those rows are refused and nothing is written', async () => {
    await importFile([legacyRow(1)], true)
    const live = await approved(env, 'owner')
    const filedAccount = (await env.ok<{ content: { accounts: Array<{ accountId: string; accountName: string }> } }>(applicant, 'get-filing', { id: live.id }, 'owner')).content.accounts[0]
    const report = await importFile([legacyRow(1, { 主体名称: '李四' }), legacyRow(2, { 账号ID: filedAccount.accountId, 账号名称: filedAccount.accountName })], true)
    expect(report.written).toBe(0)
    expect(report.problems).toEqual([
      expect.objectContaining({ row: 2, column: '原备案号', message: expect.stringContaining('已导入过') }),
      expect.objectContaining({ row: 3, message: expect.stringContaining('已有有效备案') })
    ])
    expect(await env.rt.store.filings.findByNumber('KP-OLD-00002')).toBeNull()
  })

  it('when the file is not a spreadsheet or has a column the template does not have, then the admin is told in Chinese and nothing is written', async () => {
    await expect(uploadWorkbook(env.rt, OPENID.admin, Buffer.from('原备案号,主体名称\nKP1,张三'))).rejects.toThrow('只支持 .xlsx 格式的表格')
    // A zip that is no workbook reaches the reader, which says what to do.
    const fileId = await uploadWorkbook(env.rt, OPENID.admin, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]))
    const res = await env.call(staff, 'legacy-import', { fileId, confirm: true }, 'admin')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('.xlsx') } })
    const { writeXlsxSheet } = await import('../../backend/services/xlsx-read')
    const odd = await writeXlsxSheet('台账', ['原备案号', '微信号'], [['KP1', 'abc']])
    const report = await env.ok<LegacyImportOutput>(staff, 'legacy-import', { fileId: await uploadWorkbook(env.rt, OPENID.admin, odd), confirm: true }, 'admin')
    expect(report).toMatchObject({ written: 0, problems: [expect.objectContaining({ row: 1, column: '微信号', message: expect.stringContaining('无法识别的列') })] })
  })

  it('when the file unzips to a bomb, then it is refused from the zip directory in Chinese before anything is inflated', async () => {
    // One entry claiming 4 GB uncompressed, in a file of a few hundred bytes.
    const fileId = await uploadWorkbook(env.rt, OPENID.admin, zipClaiming(0xfffffffe))
    const res = await env.call(staff, 'legacy-import', { fileId, confirm: true }, 'admin')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('解压后过大') } })
    expect((await env.rt.store.filings.stats(['approved'])).total).toBe(0)
  })

  it('when someone passes another person\'s upload, then the import refuses it', async () => {
    const fileId = await uploadWorkbook(env.rt, OPENID.admin, await legacyWorkbook([legacyRow(1)]))
    await env.rt.store.runUnit((tx) => tx.staff.put({ openid: OPENID.other, role: 'admin', name: '另一位管理员', addedBy: OPENID.admin, addedAt: env.clock.now.toISOString() }))
    const res = await env.call(staff, 'legacy-import', { fileId, confirm: true }, 'other')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('when staff download the template, then its header is the catalogue\'s columns for this city', async () => {
    const link = await env.ok<{ url: string; fileId: string }>(staff, 'legacy-template', {}, 'reviewer')
    const bytes = await env.rt.files.read(link.fileId)
    const { readXlsxSheet } = await import('../../backend/services/xlsx-read')
    const { LEGACY_BOUNDS } = await import('../../backend/services/intake/legacy-import')
    const sheet = await readXlsxSheet(bytes as Buffer, LEGACY_BOUNDS)
    const { legacyHeader } = await import('./support/legacy')
    expect(sheet.header).toEqual(legacyHeader())
    expect(sheet.rows).toEqual([])
  })
})
