import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('pages/home/index')
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('首页 on the weapp build', () => {
  test('when an applicant opens 首页, then the jurisdiction\'s city, deadline and office contact are shown', () => {
    const text = page.text()
    expect(text).toContain('开平市网络平台账号登记备案')
    expect(text).toContain('30 个工作日内')
    expect(text).toContain('0750-2268763')
  })

  test('when the caller is an applicant, then the tab bar has 首页 and 我的备案 but no 审核', async () => {
    await page.settle(50)
    expect(cloud.stub.callFunction).toHaveBeenCalledWith(expect.objectContaining({ name: 'applicant', data: { action: 'whoami', input: {} } }))
    expect(page.byText('我的备案')).toHaveLength(1)
    expect(page.byText('审核')).toHaveLength(0)
  })

  test('when 开始备案 is tapped, then the wizard subpackage opens', async () => {
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.byText('开始备案')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/wizard/pages/start/index' }))
  })
})
