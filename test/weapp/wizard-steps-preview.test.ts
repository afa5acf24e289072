import { bootApp, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { DOUYIN, INDIVIDUAL, documents, installPhoneStorage, openWizardAt } from './wizard-steps.fixtures'

/** Step 4 预览与承诺 of the wizard on the real weapp build: sections, tap to edit, commitment. */
let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  installPhoneStorage()
  bootApp(cloud.stub)
  const docs = await documents(cloud, ['id_front', 'id_back', 'signature'])
  ;({ page } = await openWizardAt(cloud, { ...INDIVIDUAL, accounts: [DOUYIN], documents: docs }, 3))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, step 4 预览与承诺, on the weapp build', () => {
  test('when the preview opens, then every section shows what was entered, masked where sensitive', () => {
    const text = page.text()
    expect(text).toContain('第4步，共5步')
    for (const s of ['主体信息', '账号信息（1个）', '材料', '信息真实性承诺', '本人签名']) expect(text).toContain(s)
    expect(text).toContain('张三丰')
    // Each account in full before signing: platform, name, id, followers, date, category.
    for (const s of ['平台：抖音', '账号名称：开平美食探店', '账号ID：kp_food_001', '粉丝数：12,000', '开通日期：2024-02-01', '内容类别：美食']) expect(text).toContain(s)
    expect(text).toContain('440783********1230')
    expect(text).not.toContain('440783199001011230')
    expect(text).toContain('已签名')
  })

  test('when 下一步 is tapped without accepting the commitment, then the commitment asks for it and the step stays', async () => {
    await page.tap(page.exact('下一步'))
    await page.settle(50)
    expect(page.text()).toContain('第4步，共5步')
    expect(page.text()).toMatch(/承诺/)
    expect(page.text()).toContain('需要填写或修改')
  })

  test('when 修改 on the 账号信息 section is tapped, then step 2 opens to edit it and 保存并返回预览 comes back', async () => {
    // The sections' 修改 buttons, in order: 主体信息, 账号信息, 材料.
    const edits = page.byText('修改').filter((n) => n.dom.textContent?.trim() === '修改')
    expect(edits).toHaveLength(3)
    await page.tap(edits[1])
    await page.until(() => page.text().includes('第2步，共5步'))
    expect(page.text()).toContain('第2步，共5步')
    await page.tap(page.exact('保存并返回预览'))
    await page.until(() => page.text().includes('第4步，共5步'))
    expect(page.text()).toContain('第4步，共5步')
  })

  test('when the commitment is accepted and 下一步 is tapped, then the submit step opens', async () => {
    await page.tap(page.byText('我已阅读并同意以上承诺')[0])
    await page.tap(page.exact('下一步'))
    await page.until(() => page.text().includes('第5步，共5步'))
    expect(page.text()).toContain('第5步，共5步')
  })
})
