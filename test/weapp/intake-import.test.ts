/**
 * 导入旧台账 (admin subpackage) on the real weapp build: the template is opened in the system viewer;
 * the office's register is picked from a chat (chooseMessageFile), uploaded to the admin's own
 * folder through wx.cloud.uploadFile and checked by the real staff function; a register with a bad
 * row shows the row, column and reason and writes nothing; a clean one is confirmed and written; a
 * register larger than one call is confirmed call after call, and a call lost on the way stops with
 * 继续导入, which finishes it.
 */
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { legacyRow, legacyWorkbook } from '../backend/support/legacy'

const ADMIN = 'demo-admin'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let cloud: LocalCloud
let page: LoadedPage
const files = new Map<string, Buffer>()

/** The chat file picker and cloud storage are the outside world: the picked file's bytes go to the real local store. */
function pick (name: string) {
  jest.spyOn(wxApi(), 'chooseMessageFile').mockImplementation((o: any) => {
    const r = { errMsg: 'chooseMessageFile:ok', tempFiles: [{ path: `wxfile://tmp/${name}`, name, size: files.get(name)!.length, type: 'file', time: 0 }] }
    o?.success?.(r)
    return Promise.resolve(r) as any
  })
}

beforeAll(async () => {
  cloud = await localCloud()
  cloud.stub.uploadFile.mockImplementation(async (o: { cloudPath: string, filePath: string, success?: (r: { fileID: string }) => void }) => {
    const { fileId } = await cloud.runtime.localFiles.put(o.cloudPath, files.get(o.filePath.replace('wxfile://tmp/', ''))!, XLSX, ADMIN)
    o.success?.({ fileID: fileId })
    return { fileID: fileId }
  })
  files.set('bad.xlsx', await legacyWorkbook([legacyRow(71), legacyRow(72, { 联系电话: '12345' })]))
  files.set('good.xlsx', await legacyWorkbook([legacyRow(71), legacyRow(72)]))
  // 230 filings: two confirmed calls of at most LEGACY_CALL_FILINGS (200).
  files.set('big.xlsx', await legacyWorkbook(Array.from({ length: 230 }, (_, i) => legacyRow(101 + i))))
  cloud.actAs(ADMIN)
  bootApp(cloud.stub)
  jest.spyOn(wxApi(), 'openDocument').mockImplementation((o: any) => { o?.success?.({}); return Promise.resolve({}) as any })
  page = await openPage('packages/admin/pages/import/index')
  await page.eventually(() => expect(page.text()).toContain('下载导入模板'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('导入旧台账 (admin subpackage) on the weapp build', () => {
  test('when it opens, then the three steps and the all-or-nothing rule show', () => {
    for (const t of ['导入旧台账', '保留原备案编号', '一行也不写入', '1. 下载模板', '2. 选择整理好的 .xlsx 文件并检查', '选择 .xlsx 文件并检查']) expect(page.text()).toContain(t)
  })

  test('when the template is downloaded, then it is fetched by fileId and opened in the system viewer with its menu', async () => {
    await page.tap(page.exact('下载导入模板'))
    await page.eventually(() => expect(wxApi().openDocument).toHaveBeenCalled())
    expect((wxApi().openDocument as jest.Mock).mock.calls[0][0]).toMatchObject({ fileType: 'xlsx', showMenu: true })
    expect(cloud.stub.downloadFile).toHaveBeenCalled()
  })

  test('when a register with a bad row is checked, then the report names the row, the column and the reason, and nothing is written', async () => {
    pick('bad.xlsx')
    await page.tap(page.exact('选择 .xlsx 文件并检查'))
    await page.eventually(() => expect(page.text()).toContain('本次不会写入任何数据'))
    expect(wxApi().chooseMessageFile).toHaveBeenCalledWith(expect.objectContaining({ count: 1, type: 'file', extension: ['xlsx'] }))
    expect(page.text()).toMatch(/第 3 行 · 联系电话：/)
    expect(page.text()).toContain('已检查：bad.xlsx')
    expect(page.byText('确认导入')).toHaveLength(0)
    expect((await cloud.runtime.store.filings.stats(['approved'])).total).toBe(0)
  })

  test('when the corrected register is checked and 确认导入 is confirmed, then both filings are written under their old numbers', async () => {
    pick('good.xlsx')
    await page.tap(page.exact('重新选择文件'))
    await page.eventually(() => expect(page.text()).toContain('检查通过：2 件备案可以导入'))
    jest.spyOn(wxApi(), 'showModal').mockImplementation((opts: { success?: (r: unknown) => void }) => { opts.success?.({ confirm: true, cancel: false }) })
    await page.tap(page.exact('确认导入'))
    await page.eventually(() => expect(page.text()).toContain('已导入 2 件备案'))
    expect(await cloud.runtime.store.filings.findByNumber('KP-OLD-00071')).toMatchObject({ status: 'approved', intake: { channel: 'legacy' } })
  })

  test('when a register larger than one call is confirmed and the second call is lost, then 继续导入 shows with the progress and finishes the import', async () => {
    const real = cloud.stub.callFunction.getMockImplementation()!
    let confirmed = 0
    cloud.stub.callFunction.mockImplementation(async (o: { name: string, data: unknown }) => {
      const d = o.data as { action?: string, input?: { confirm?: boolean } }
      if (o.name === 'staff' && d.action === 'legacy-import' && d.input?.confirm === true && ++confirmed === 2) throw new Error('cloud.callFunction:fail timeout')
      return await real(o)
    })
    await page.tap(page.exact('再导入一份'))
    pick('big.xlsx')
    await page.tap(page.exact('选择 .xlsx 文件并检查'))
    await page.eventually(() => expect(page.text()).toContain('检查通过：230 件备案可以导入'))
    await page.tap(page.exact('确认导入'))
    await page.eventually(() => expect(page.text()).toContain('导入中断：已导入 200 / 230 件'))
    expect(page.exact('继续导入')).toBeTruthy()
    expect((await cloud.runtime.store.filings.stats(['approved'])).total).toBe(202)
    await page.tap(page.exact('继续导入'))
    await page.eventually(() => expect(page.text()).toContain('已导入 230 件备案'))
    expect(confirmed).toBe(3)
    expect((await cloud.runtime.store.filings.stats(['approved'])).total).toBe(232)
    cloud.stub.callFunction.mockImplementation(real)
  })
})
