import { filingDueDate } from '../../src/core/deadlines'
import { localDate } from '../../src/core/dates'
import { kaipingConfig } from '../../src/core/jurisdiction/kaiping'
import { bootApp, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { INDIVIDUAL, installPhoneStorage, field, getFiling, openWizardAt } from './wizard-steps.fixtures'

/** Step 2 账号信息 of the wizard on the real weapp build: add, edit, remove; hints; validation. */
let cloud: LocalCloud
let page: LoadedPage
let id: string
const today = localDate(new Date(), kaipingConfig.timezone)

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  installPhoneStorage()
  bootApp(cloud.stub)
  // Deleting an account asks first; the person confirms.
  jest.spyOn(wxApi(), 'showModal').mockImplementation((o: any) => { o.success?.({ confirm: true, cancel: false }); return Promise.resolve({ confirm: true }) as any })
  ;({ page, id } = await openWizardAt(cloud, { ...INDIVIDUAL, accounts: [] }, 1))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, step 2 账号信息, on the weapp build', () => {
  test('when 下一步 is tapped with no account, then the step asks for one and stays on step 2', async () => {
    expect(page.text()).toContain('第2步，共5步')
    expect(page.text()).toContain('还没有添加账号')
    await page.tap(page.exact('下一步'))
    expect(page.text()).toContain('第2步，共5步')
    expect(page.text()).toContain('需要填写或修改')
  })

  test('when a 抖音 account with a place name and few followers is added, then the place-name hint, the threshold hint and the due date show', async () => {
    await page.tap(page.byText('＋ 自媒体账号')[0])
    await page.pick(0, 0) // 所在平台: 抖音, first on the wheel
    await page.input(await field(page, 'accounts.0.accountName'), '开平美食探店')
    await page.input(await field(page, 'accounts.0.accountId'), 'kp_food_001')
    await page.input(await field(page, 'accounts.0.followers'), '4200')
    await page.pick(1, today) // 开通日期
    // Renders follow the picker's change: wait for them rather than a fixed sleep.
    await page.eventually(() => {
      expect(page.text()).toContain('名称含有“开平”，属于须登记备案的范围')
      expect(page.text()).toContain('抖音账号粉丝数5000以上须备案；未达到也可自愿备案')
      expect(page.text()).toContain(`应于 ${filingDueDate(today, kaipingConfig)} 前完成备案`)
    })
  })

  test('when the homepage link is not a web address, then its message stands beside it and 下一步 is blocked', async () => {
    await page.pick(2, 0) // 内容类别
    await page.input(await field(page, 'accounts.0.homepage'), 'douyin主页')
    const message = page.text()
    expect(message).toMatch(/主页链接[^。]*(网址|链接|http)/)
    await page.tap(page.exact('下一步'))
    expect(page.text()).toContain('第2步，共5步')
    expect(page.text()).toContain('需要填写或修改')
  })

  test('when the account is edited, then its card takes the new name; when it is removed, then the list is empty again', async () => {
    await page.input(await field(page, 'accounts.0.homepage'), '')
    await page.input(await field(page, 'accounts.0.accountName'), '开平碉楼故事')
    await page.tap(page.exact('完成此账号'))
    await page.until(() => page.byText('名称含有').length === 0)
    expect(page.byText('开平碉楼故事').length).toBeGreaterThan(0)
    expect(page.byText('名称含有').length).toBe(0) // the editor is closed
    await page.tap(page.exact('修改'))
    await page.until(() => page.text().includes('名称含有'))
    expect(page.text()).toContain('名称含有“开平、碉楼”')
    await page.tap(page.exact('删除'))
    await page.until(() => page.text().includes('还没有添加账号'))
    expect(page.text()).toContain('还没有添加账号')
    expect(page.byText('开平碉楼故事').length).toBe(0)
  })

  test('when a complete account is added and 下一步 is tapped, then step 3 opens and the cloud draft holds the account', async () => {
    await page.tap(page.byText('＋ 自媒体账号')[0])
    await page.pick(0, 0)
    await page.input(await field(page, 'accounts.0.accountName'), '开平美食探店')
    await page.input(await field(page, 'accounts.0.accountId'), 'kp_food_001')
    await page.input(await field(page, 'accounts.0.followers'), '12000')
    await page.pick(1, today)
    await page.pick(2, 0)
    await page.tap(page.exact('下一步'))
    await page.until(() => page.text().includes('第3步，共5步'))
    expect(page.text()).toContain('第3步，共5步')
    const f = await getFiling(cloud, id)
    expect(f.content.accounts).toEqual([expect.objectContaining({ platform: 'douyin', accountName: '开平美食探店', followers: 12000, openedOn: today })])
  })
})
