import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  // Monday 2024-03-04 10:00 in Asia/Shanghai, a working day: the office is open.
  cloud = await localCloud({ now: () => new Date('2024-03-04T02:00:00.000Z') })
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

  test('when 首页 is shown, then who must file, the office hours with whether the office is open now (by the server\'s clock), and the privacy notice are there', async () => {
    await page.until(() => page.text().includes('办公中'))
    const text = page.text()
    expect(text).toContain('哪些需要备案')
    expect(text).toContain('粉丝数5000以上的须备案')
    expect(text).toContain('周一至周五 08:30-12:00')
    expect(text).toContain('办公中（至12:00）')
    expect(cloud.stub.callFunction).toHaveBeenCalledWith(expect.objectContaining({ name: 'public', data: { action: 'office-status', input: {} } }))
    expect(text).toContain('身份证号码加密保存')
    expect(text).toContain('仅供开平市互联网信息办公室账号备案使用')
  })

  test('when the self-check is tapped, then the self-check page of the wizard subpackage opens', async () => {
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.byText('我需要备案吗？（自助判断）')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/wizard/pages/selfcheck/index' }))
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
