import { ID_DOC_TYPES } from '../../src/core/validators/identity-docs'
import { bootApp, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { installPhoneStorage, field, getFiling, openWizardAt } from './wizard-steps.fixtures'

/**
 * Step 1 主体信息 on the real weapp build: 港澳台 and foreign filers name their identity
 * document and its number is checked by that document; public bodies give 单位类别, 主管单位
 * and 证书类型 — all asked from the field catalogue.
 */
let cloud: LocalCloud
let page: LoadedPage
let id: string

const OVERSEAS = {
  subject: { type: 'individual', name: '陈大文', phone: '13800138000', address: '开平市赤坎镇某路1号', town: '440783108' },
  operator: { sameAsSubject: true },
  accounts: []
}

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  installPhoneStorage()
  bootApp(cloud.stub)
  ;({ page, id } = await openWizardAt(cloud, OVERSEAS, 0))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, step 1 主体信息 for every subject, on the weapp build', () => {
  test('when an overseas individual chooses 护照, then the number is labelled and checked as a passport number', async () => {
    expect(page.text()).toContain('证件类型')
    expect(page.text()).toContain('港澳台居民和外籍人士可选通行证、居住证或护照')
    await page.pick(0, ID_DOC_TYPES.indexOf('passport')) // 证件类型 is the step's first picker
    await page.until(() => page.text().includes('护照号码'))
    expect(page.text()).toContain('护照号码')
    await page.input(await field(page, 'subject.idNumber'), 'E1234567')
    await page.eventually(() => expect(page.text()).toContain('中国护照号码应为E加8位数字或E加1个字母和7位数字'))
  })

  test('when a valid passport number is entered and 下一步 is tapped, then step 2 opens and the draft holds the document type and number', async () => {
    await page.input(await field(page, 'subject.idNumber'), 'e 12345678')
    await page.tap(page.exact('下一步'))
    await page.until(() => page.text().includes('第2步，共5步'))
    expect(page.text()).toContain('第2步，共5步')
    const f = await getFiling(cloud, id)
    expect(f.content.subject).toEqual(expect.objectContaining({ idType: 'passport' }))
  })

  test('when the subject becomes a public body, then 单位类别, 主管单位 and 证书类型 are asked with Kaiping\'s help text', async () => {
    await page.tap(page.exact('上一步'))
    await page.until(() => page.text().includes('第1步，共5步'))
    await page.tap(page.byText('机关、事业单位、社会团体')[0])
    await page.until(() => page.text().includes('主管单位'))
    for (const label of ['单位类别', '主管单位', '证书类型']) expect(page.text()).toContain(label)
    expect(page.text()).toContain('党政机关、事业单位填写上级主管部门；社会团体填写业务主管单位')
    expect(page.text()).not.toContain('证件类型')
  })
})
