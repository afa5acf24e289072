/**
 * An organisation adds 30 accounts from the template (issue 12 §7), in the h5 build, as a person
 * would: open 批量导入账号 from its draft, download the template (the browser's download), fill it in
 * a spreadsheet (exceljs stands in for Excel/WPS), pick it; first a copy with mistakes — nothing is
 * added and each bad row and column is listed — then the corrected one — 30 accounts added. Normal
 * and large font; axe finds no violation on the report and the result.
 */
import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { paths } from '../../src/core/routes'
import { startE2E, type E2E } from './harness'
import { byId, settled, STATE_WAIT_MS, touch } from './journey-steps'
import { axeViolations } from './support/axe'

jest.setTimeout(300_000)

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 120_000)
afterAll(async () => { await e2e?.close() })

const douyin = (n: number): Record<string, string | number> => ({ 类型: '自媒体账号', 平台: '抖音', 账号名称: `侨乡文旅${n}号`, 账号ID: `qx_wl_${n}`, 粉丝数: 5200 + n, 开通日期: '2024-02-01', 内容类别: '旅游', 是否开展直播: '否' })

async function filled (template: Buffer, rows: Array<Record<string, string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(template as unknown as ArrayBuffer)
  const ws = wb.getWorksheet('账号')!
  const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String)
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function pickFile (page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await touch(byId(page, 'bulk-pick'))
  await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer })
}

for (const large of [false, true]) {
  test(`when an organisation imports 30 accounts from the template${large ? ' (large font)' : ''}, then a file with mistakes adds nothing and names each row, and the corrected one adds all 30`, async () => {
    const owner = `demo-org-${large ? 'large' : 'normal'}`
    const draft = await e2e.call<{ id: string }>(owner, 'applicant', 'save-draft', { content: { subject: { type: 'company', name: '开平侨乡文旅传媒有限公司' } } })
    const page = await e2e.phone(owner, { largeFont: large })
    await page.goto(`${e2e.server.url}${paths.orgBulk(draft.id)}${large ? '&font=large' : ''}`)
    await byId(page, 'bulk-template').waitFor({ timeout: STATE_WAIT_MS })
    const tag = large ? '-large' : ''

    const download = page.waitForEvent('download')
    await touch(byId(page, 'bulk-template'))
    const file = await download
    expect(file.suggestedFilename()).toMatch(/账号批量导入模板\.xlsx$/)
    const template = await readFile((await file.path())!)

    const rows = Array.from({ length: 30 }, (_, i) => douyin(i + 1))
    const wrong = rows.map((r, i) => (i === 6 ? { ...r, 粉丝数: '五千多' } : i === 17 ? { ...r, 平台: '脸书' } : r))
    await pickFile(page, '机构账号.xlsx', await filled(template, wrong))
    await byId(page, 'bulk-problems').waitFor({ timeout: STATE_WAIT_MS })
    const report = (await byId(page, 'bulk-problems').textContent()) ?? ''
    expect(report).toContain('发现2处问题，未导入任何账号')
    expect(report).toContain('第8行「粉丝数」：粉丝数应为整数，请重新填写')
    expect(report).toContain('第19行「平台」：所选平台不在列表中，请重新选择；列表中没有的请选“其他”并填写平台名称')
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await e2e.shot(page, `org-bulk-01-problems${tag}`)
    const untouched = await e2e.call<{ content: { accounts?: unknown[] } }>(owner, 'applicant', 'get-filing', { id: draft.id })
    expect(untouched.content.accounts ?? []).toHaveLength(0)

    await pickFile(page, '机构账号-已改.xlsx', await filled(template, rows))
    const done = byId(page, 'bulk-done')
    await done.waitFor({ timeout: STATE_WAIT_MS })
    expect(await done.textContent()).toContain('已导入30个账号')
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await e2e.shot(page, `org-bulk-02-done${tag}`)
    const after = await e2e.call<{ content: { accounts: Array<{ accountName: string }> } }>(owner, 'applicant', 'get-filing', { id: draft.id })
    expect(after.content.accounts.map((a) => a.accountName)).toEqual(rows.map((r) => r.账号名称))
    await page.context().close()
  })
}
