/**
 * The bulk-import screen (org subpackage) on the real weapp build: the template is written with the
 * file system API and opened in the system viewer; a file picked from a chat (chooseMessageFile) is
 * read as base64 and imported by the real applicant function; a file with a mistake shows the report.
 */
import ExcelJS from 'exceljs'
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { cloudTransport } from './admin-fixtures'

const OWNER = 'demo-org-owner'
let cloud: LocalCloud
let page: LoadedPage
let filingId: string
let call: ReturnType<typeof cloudTransport>['call']
const written = new Map<string, string>()

async function sheet (rows: Array<Record<string, string | number>>): Promise<string> {
  const t = await call(OWNER, 'applicant', 'bulk-template', {}) as { base64: string, columns: string[] }
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(t.base64, 'base64') as unknown as ArrayBuffer)
  for (const r of rows) wb.getWorksheet('账号')!.addRow(t.columns.map((h) => r[h] ?? null))
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
}
const account = (n: number, over: Record<string, string | number> = {}) => ({ 类型: '自媒体账号', 平台: '快手', 账号名称: `侨乡文旅${n}`, 账号ID: `qx_${n}`, 粉丝数: 7000, 开通日期: '2024-02-01', 内容类别: '旅游', ...over })

beforeAll(async () => {
  cloud = await localCloud()
  call = cloudTransport(cloud).call
  filingId = (await call(OWNER, 'applicant', 'save-draft', { content: { subject: { type: 'company', name: '开平侨乡文旅传媒有限公司' } } }) as { id: string }).id
  cloud.actAs(OWNER)
  bootApp(cloud.stub)
  const wx = wxApi()
  // The phone's file system and the chat file picker are the outside world here.
  jest.spyOn(wx, 'getFileSystemManager').mockReturnValue({
    writeFile: (o: any) => { written.set(o.filePath, o.data); o.success?.() },
    readFile: (o: any) => { o.success?.({ data: written.get(o.filePath) }) }
  } as any)
  jest.spyOn(wx, 'openDocument').mockImplementation((o: any) => { o?.success?.({}); return Promise.resolve({}) as any })
  page = await openPage('packages/org/pages/bulk/index', { id: filingId })
  await page.eventually(() => expect(page.text()).toContain('下载模板'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('批量导入账号 (org subpackage) on the weapp build', () => {
  test('when it opens, then the two steps and the all-or-nothing rule show', () => {
    for (const t of ['批量导入账号', '第一步：下载模板', '第二步', '整份表格都不会导入', '选择填好的表格并导入']) expect(page.text()).toContain(t)
  })

  test('when the template is downloaded, then it is written as an .xlsx and opened in the system viewer with its menu', async () => {
    await page.tap(page.exact('下载模板'))
    await page.eventually(() => expect(wxApi().openDocument).toHaveBeenCalled())
    const opened = (wxApi().openDocument as jest.Mock).mock.calls[0][0]
    expect(opened).toMatchObject({ fileType: 'xlsx', showMenu: true })
    expect(opened.filePath).toMatch(/账号批量导入模板\.xlsx$/)
    expect(Buffer.from(written.get(opened.filePath)!, 'base64').subarray(0, 2).toString()).toBe('PK')
  })

  test('when a file with a mistake is picked, then the report names the row and column and nothing is added', async () => {
    written.set('/tmp/wrong.xlsx', await sheet([account(1), account(2, { 粉丝数: '很多' })]))
    jest.spyOn(wxApi(), 'chooseMessageFile').mockImplementation((o: any) => { const r = { tempFiles: [{ path: '/tmp/wrong.xlsx', name: 'wrong.xlsx', size: 1, type: 'file' }] }; o?.success?.(r); return Promise.resolve(r) as any })
    await page.tap(page.exact('选择填好的表格并导入'))
    await page.eventually(() => expect(page.text()).toContain('第3行「粉丝数」：粉丝数应为整数，请重新填写'))
    expect(page.text()).toContain('发现1处问题，未导入任何账号')
    expect(wxApi().chooseMessageFile).toHaveBeenCalledWith(expect.objectContaining({ count: 1, type: 'file', extension: ['xlsx'] }))
  })

  test('when the corrected file is picked, then its accounts are added and the result says how many', async () => {
    written.set('/tmp/right.xlsx', await sheet([account(1), account(2)]))
    jest.spyOn(wxApi(), 'chooseMessageFile').mockImplementation((o: any) => { const r = { tempFiles: [{ path: '/tmp/right.xlsx', name: 'right.xlsx', size: 1, type: 'file' }] }; o?.success?.(r); return Promise.resolve(r) as any })
    await page.tap(page.exact('选择填好的表格并导入'))
    await page.eventually(() => expect(page.text()).toContain('已导入2个账号，这份备案现有2个账号'))
    const got = await call(OWNER, 'applicant', 'get-filing', { id: filingId }) as { content: { accounts: Array<{ accountName: string }> } }
    expect(got.content.accounts.map((a) => a.accountName)).toEqual(['侨乡文旅1', '侨乡文旅2'])
  })
})
