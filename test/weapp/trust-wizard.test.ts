/**
 * The wizard's trust steps on the real weapp build: photo autofill offered on step 1, SMS
 * verification of the phone (the code read from the local SMS inbox, which stands in for the
 * applicant's phone), and, after 下一步, the ownership code of the self-media account on step 2.
 */
import { bootApp, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { DOUYIN, INDIVIDUAL, field, installPhoneStorage, openWizardAt } from './wizard-steps.fixtures'

jest.setTimeout(20_000)

let cloud: LocalCloud
let page: LoadedPage
let id: string

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  installPhoneStorage()
  bootApp(cloud.stub)
  ;({ page, id } = await openWizardAt(cloud, { ...INDIVIDUAL, accounts: [DOUYIN] }, 0))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, trust on steps 1 and 2, on the weapp build', () => {
  test('when step 1 opens for an individual, then both ID card sides can be photographed to fill the form', async () => {
    await page.eventually(() => expect(page.text()).toContain('拍照自动填写'))
    expect(page.text()).toContain('拍摄身份证人像面')
    expect(page.text()).toContain('拍摄身份证国徽面')
    expect(page.text()).toContain('身份证有效期至选填')
  })

  test('when 拍摄身份证人像面 is tapped, then the draft is saved and the camera page opens for that side', async () => {
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.exact('拍摄身份证人像面'))
    await page.eventually(() => expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/^\/packages\/capture\/pages\/camera\/index\?kind=id_front&req=ocr/) })))
    navigateTo.mockRestore()
  })

  test('when 获取验证码 is tapped and the SMS code is typed, then the phone shows as verified', async () => {
    await page.tap(page.exact('获取验证码'))
    await page.eventually(() => expect(page.text()).toContain('验证码已发送至 138****8000'))
    const sms = cloud.runtime.inbox.sms()
    expect(sms).toHaveLength(1)
    const code = /验证码为(\d{6})/.exec(sms[0].text)?.[1] ?? ''
    const input = page.control('wx-input', (Array.from(page.root.dom.querySelectorAll('wx-input')) as any[]).find((e) => e.__wxElement?._vt?.attrs?.some((a: any) => a.name === 'placeholder' && a.value === '6位数字'))?.__wxElement?.id)
    await page.input(input, code)
    await page.tap(page.exact('验证'))
    await page.eventually(() => expect(page.text()).toContain('✓ 已通过短信验证'))
  })

  test('when the phone is changed to a landline, then it says SMS cannot reach it', async () => {
    await page.input(await field(page, 'subject.phone'), '0750-2268763')
    await page.eventually(() => expect(page.text()).toContain('固定电话无法接收短信'))
    await page.input(await field(page, 'subject.phone'), '13800138000')
    await page.eventually(() => expect(page.text()).toContain('✓ 已通过短信验证'))
  })

  test('when 下一步 leads to the accounts, then the self-media account shows its verification code', async () => {
    await page.tap(page.exact('下一步'))
    await page.eventually(() => expect(page.text()).toContain('第2步，共5步'))
    // The last account opens by itself.
    await page.eventually(() => expect(page.text()).toMatch(/开平市网信办备案验证码[2-9A-HJKMNP-TV-Z]{6}/))
    expect(page.text()).toContain('账号归属验证')
    expect(page.text()).toContain('或上传后台截图')
    const code = /备案验证码([2-9A-HJKMNP-TV-Z]{6})/.exec(page.text())?.[1]
    const main = require('../../cloudfunctions/applicant/index').main
    const again = await main({ action: 'ownership-codes', input: { id, keys: ['self_media:douyin:kp_food_001'] } }, { local: { openid: 'demo-applicant-a' } })
    expect(again.data.items[0].code).toBe(code)
  })
})
