import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { STANDARD, cloudTransport, submitFiling } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  // The third filing is the viewing admin's own: separation of duties marks it 需回避 for them.
  for (const [i, s] of STANDARD.entries()) await submitFiling(call, upload, { ...s, owner: i === 1 ? 'demo-applicant-b' : i === 2 ? 'demo-admin' : 'demo-applicant-a' })
  cloud.actAs('demo-admin')
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/queue/index')
  await page.eventually(() => expect(names()).toHaveLength(3))
})
afterAll(() => { page?.detach(); cloud?.close() })

const names = () => ['开平美食探店', '赤坎古镇日常', '三埠生活圈'].filter((n) => page.text().includes(n))

describe('审核队列 (admin subpackage) on the weapp build', () => {
  test('when staff open the queue, then every submitted filing is a row with masked subject, accounts, time and days left', () => {
    expect(names()).toEqual(['开平美食探店', '赤坎古镇日常', '三埠生活圈'])
    const text = page.text()
    expect(text).toContain('张**')
    expect(text).not.toContain('张小明')
    expect(text).toContain('提交于')
    expect(text).toMatch(/剩 \d+ 个工作日|今天到期/)
  })

  test('when a filing in the queue is the viewer\'s own, then exactly that row is marked 需回避', () => {
    const marks = page.byText('需回避')
    expect(marks).toHaveLength(1)
    let row = marks[0].dom as HTMLElement | null
    while (row && !(row.textContent ?? '').includes('三埠生活圈')) row = row.parentElement
    expect(row?.textContent).not.toContain('开平美食探店')
  })

  test('when the queue is shown, then the 待审核 tab carries the count of filings waiting', () => {
    const tab = page.byText('待审核')[0]
    expect(tab.dom.parentElement?.textContent?.replace(/\s+/g, '')).toContain('待审核3')
  })

  test('when the platform filter 快手 is chosen, then only the 快手 filing is listed', async () => {
    await page.tap(page.byText('筛选')[0])
    const chip = () => page.byText('快手').find((n) => n.dom.textContent?.trim() === '快手')
    await page.eventually(() => expect(chip()).toBeDefined())
    await page.tap(chip()!)
    await page.eventually(() => expect(names()).toEqual(['赤坎古镇日常']))
  })

  test('when the filter is cleared and 三埠 is searched, then only the matching account is listed', async () => {
    await page.tap(page.byText('清除筛选')[0])
    await page.eventually(() => expect(names()).toHaveLength(3))
    const input = page.root.dom.querySelector('wx-input')
    await page.input({ dom: input, wx: input.__wxElement }, '三埠')
    await page.tap(page.byText('搜索').find((n) => n.dom.textContent?.trim() === '搜索')!)
    await page.eventually(() => expect(names()).toEqual(['三埠生活圈']))
  })

  test('when a masked phone copied from the screen is searched, then the queue says to type it in full; searching 三埠 again lists it', async () => {
    const input = page.root.dom.querySelector('wx-input')
    const search = () => page.tap(page.byText('搜索').find((n) => n.dom.textContent?.trim() === '搜索')!)
    await page.input({ dom: input, wx: input.__wxElement }, '138****8000')
    await search()
    await page.eventually(() => expect(page.text()).toContain('请输入完整的名称、电话、信用代码或域名'))
    await page.input({ dom: input, wx: input.__wxElement }, '三埠')
    await search()
    await page.eventually(() => expect(names()).toEqual(['三埠生活圈']))
  })

  test('when a row is tapped, then the review screen of that filing opens', async () => {
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.byText('三埠生活圈')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/^\/packages\/admin\/pages\/detail\/index\?id=/) }))
  })

  test('when staff export the list on the phone, then the file comes by fileId through wx.cloud (no download domain), opens in the viewer, and the server deletes its copy', async () => {
    const wx = wxApi()
    const openDocument = jest.spyOn(wx, 'openDocument').mockImplementation((o: any) => { o.success?.({ errMsg: 'openDocument:ok' }) })
    const plainDownload = jest.spyOn(wx, 'downloadFile')
    await page.tap(page.exact('导出 Excel'))
    await page.eventually(() => expect(openDocument).toHaveBeenCalledTimes(1))
    expect(cloud.stub.downloadFile).toHaveBeenCalledWith(expect.objectContaining({ fileID: expect.stringMatching(/^local:\/\/exports\//) }))
    expect(plainDownload).not.toHaveBeenCalled()
    expect(openDocument).toHaveBeenCalledWith(expect.objectContaining({ filePath: expect.stringMatching(/^wxfile:\/\/tmp\//), fileType: 'xlsx' }))
    const fileID = cloud.stub.downloadFile.mock.calls[0][0].fileID as string
    // export-done follows the viewer; wait for it as the server sees it.
    for (let i = 0; i < 80 && (await cloud.runtime.files.read(fileID)) !== null; i++) await page.settle(50)
    expect(await cloud.runtime.files.read(fileID)).toBeNull()
  })
})
