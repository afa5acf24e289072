import { bootApp, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { COMPANY, DOUYIN, installPhoneStorage, openWizardAt } from './wizard-steps.fixtures'

/** Step 3 材料 of the wizard on the real weapp build, for a company (an organisation). */
let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  installPhoneStorage()
  bootApp(cloud.stub)
  ;({ page } = await openWizardAt(cloud, { ...COMPANY, accounts: [DOUYIN] }, 2))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, step 3 材料, on the weapp build', () => {
  test('when a company reaches the documents step, then it gets the 登记备案表 section and exactly the slots a company needs', () => {
    const text = page.text()
    expect(text).toContain('第3步，共5步')
    expect(text).toContain('登记备案表')
    expect(text).toContain('加盖单位公章后拍照上传')
    for (const label of ['营业执照', '身份证人像面', '身份证国徽面', '登记备案表（盖章）']) expect(text).toContain(label)
    // An organisation signs with its stamp, not on screen.
    expect(text).not.toContain('本人签名')
    expect(page.byText('拍照').length).toBeGreaterThanOrEqual(4)
  })

  test('when 下一步 is tapped with no photos, then each missing document is named and the step stays', async () => {
    await page.tap(page.exact('下一步'))
    await page.settle(50)
    const text = page.text()
    expect(text).toContain('第3步，共5步')
    expect(text).toContain('需要填写或修改')
    expect(text).toContain('请上传所需材料')
    expect(text).toContain('还有1处需要填写或修改')
  })
})
