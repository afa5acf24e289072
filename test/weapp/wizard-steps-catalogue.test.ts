import { localDate } from '../../src/core/dates'
import { kaipingConfig } from '../../src/core/jurisdiction/kaiping'
import { REGULATED_FIELDS } from '../../src/core/schemas/account'
import { bootApp, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { COMPANY, installPhoneStorage, field, getFiling, openWizardAt } from './wizard-steps.fixtures'

/**
 * Step 2 账号信息 on the real weapp build: the fields the field catalogue asks of each kind,
 * with Kaiping's labels and help texts, rendered from core (no field list in the screen).
 */
let cloud: LocalCloud
let page: LoadedPage
let id: string
const today = localDate(new Date(), kaipingConfig.timezone)

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  installPhoneStorage()
  bootApp(cloud.stub)
  ;({ page, id } = await openWizardAt(cloud, { ...COMPANY, accounts: [] }, 1))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, the catalogue\'s fields by kind, on the weapp build', () => {
  test('when a self-media account is added, then its profile fields show with Kaiping\'s help texts, and a qualification is asked only for a regulated field', async () => {
    await page.tap(page.byText('＋ 自媒体账号')[0])
    for (const label of ['账号简介', '主要栏目', '认证类型', 'IP属地', '更新频率', 'MCN或代运营机构', '是否开展直播', '是否涉及专业领域', '负责人姓名', '负责人手机号码']) {
      expect(page.text()).toContain(label)
    }
    expect(page.text()).toContain('账号主页显示的IP属地，如 广东')
    expect(page.text()).not.toContain('资质证书名称及编号')
    await page.pick(5, REGULATED_FIELDS.indexOf('medicine')) // 是否涉及专业领域: 医疗卫生
    await page.until(() => page.text().includes('资质证书名称及编号'))
    expect(page.text()).toContain('资质证书名称及编号')
  })

  test('when the account is completed with its profile and 下一步 is tapped, then the cloud draft holds every answer', async () => {
    await page.pick(0, 0) // 所在平台: 抖音
    await page.input(await field(page, 'accounts.0.accountName'), '开平美食探店')
    await page.input(await field(page, 'accounts.0.accountId'), 'kp_food_001')
    await page.input(await field(page, 'accounts.0.followers'), '12000')
    await page.pick(1, today)
    await page.pick(2, 0)
    await page.input(await field(page, 'accounts.0.intro'), '介绍开平美食')
    await page.pick(3, 1) // 认证类型: 企业认证
    await page.input(await field(page, 'accounts.0.ipLocation'), '广东')
    await page.tap(page.exact('○ 是')) // 是否开展直播: the only yes/no question of a self-media account
    await page.input(await field(page, 'accounts.0.qualification'), '互联网医疗资质-2024-01')
    await page.tap(page.exact('下一步'))
    await page.until(() => page.text().includes('第3步，共5步'))
    expect(page.text()).toContain('第3步，共5步')
    const f = await getFiling(cloud, id)
    expect(f.content.accounts).toEqual([
      expect.objectContaining({ intro: '介绍开平美食', verification: 'enterprise', ipLocation: '广东', liveStreaming: true, regulatedField: 'medicine', qualification: '互联网医疗资质-2024-01' })
    ])
  })

  test('when a 微信小程序, a website and an APP are added, then each shows its own kind\'s fields', async () => {
    await page.tap(page.exact('上一步'))
    await page.until(() => page.text().includes('第2步，共5步'))
    await page.tap(page.byText('＋ 微信小程序')[0])
    await page.until(() => page.text().includes('小程序AppID'))
    expect(page.text()).toContain('小程序备案号')
    expect(page.text()).toContain('如 粤ICP备12345678号-3X')
    await page.tap(page.byText('＋ 网站')[0])
    await page.until(() => page.text().includes('公安联网备案号'))
    for (const label of ['接入服务商', '服务器所在地', '是否提供交互式服务', '应急联系人姓名']) expect(page.text()).toContain(label)
    await page.input(await field(page, 'accounts.2.psbNumber'), '粤公网安备1234号')
    await page.eventually(() => expect(page.text()).toContain('公安联网备案号中的数字应为14位，当前为4位，请核对'))
    await page.tap(page.byText('＋ APP')[0])
    await page.until(() => page.text().includes('APP备案号'))
    for (const label of ['包名或Bundle ID', '应用商店链接', '用户量', '是否已开展安全评估']) expect(page.text()).toContain(label)
  })
})
