/**
 * 代录入 (admin subpackage) on the real weapp build: the wizard's own subject step (the field
 * catalogue) under the staff entry's step line; 下一步 checks the step with core's messages; the
 * entry stays on the phone only (no applicant draft is saved in the cloud).
 */
import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

const REVIEWER = 'demo-admin'
let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs(REVIEWER)
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/entry/index')
  await page.eventually(() => expect(page.text()).toContain('第1步，共4步：主体信息'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('代录入 (admin subpackage) on the weapp build', () => {
  test('when it opens, then it explains the separation of duties and shows the wizard\'s subject step', () => {
    for (const t of ['代录入备案', '须由另一位工作人员审核', '主体类型', '下一步', '清空重填']) expect(page.text()).toContain(t)
  })

  test('when 下一步 is tapped with nothing filled in, then the step is refused with core\'s message and nothing is saved in the cloud', async () => {
    await page.tap(page.exact('下一步'))
    await page.eventually(() => expect(page.text()).toContain('还有'))
    expect(page.text()).toContain('第1步，共4步')
    const saves = (cloud.stub.callFunction as jest.Mock).mock.calls.filter(([o]) => (o as { data: { action: string } }).data.action === 'save-draft')
    expect(saves).toHaveLength(0)
  })
})
