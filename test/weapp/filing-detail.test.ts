import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { decide, submittedFiling } from './filing-detail.fixtures'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  // Arrange through the real entries: a complete filing, submitted, returned on two fields.
  const sub = await submittedFiling(cloud, 'demo-applicant-a')
  await decide(sub, { decision: 'return', reasons: [{ field: 'subject.phone', reason: '联系电话无法接通，请核对' }, { field: 'accounts.0.followers', reason: '粉丝数与平台显示不一致，请核对' }] })
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('packages/filing/pages/detail/index', { id: sub.id })
  await page.settle(120)
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('备案详情 (filing subpackage) on the weapp build', () => {
  test('when a returned filing is opened, then its status and each returned field with its reason are shown', () => {
    const text = page.text()
    expect(text).toContain('已退回')
    expect(text).toContain('联系电话')
    expect(text).toContain('联系电话无法接通，请核对')
    expect(text).toContain('粉丝数')
    expect(text).toContain('粉丝数与平台显示不一致，请核对')
  })

  test('when a returned filing is opened, then the fix-by date set by core is shown', async () => {
    const [rec] = await cloud.runtime.store.filings.listByOwner('demo-applicant-a', 10)
    expect(rec?.fixBy).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(page.text()).toContain(`请于 ${rec?.fixBy} 前按退回意见修改并重新提交`)
  })

  test('when the timeline is shown, then every transition is listed with who made it', () => {
    const text = page.text()
    expect(text).toContain('办理记录')
    expect(text).toContain('提交备案 → 待审核')
    expect(text).toContain('退回修改 → 已退回')
    expect(text).toContain('网信办')
    expect(text).toContain('申请人')
  })

  test('when the filing is returned, then only the actions the state allows the owner are offered', () => {
    expect(page.byText('修改后重新提交')).toHaveLength(1)
    expect(page.byText('撤回')).toHaveLength(1)
    expect(page.byText('注销备案')).toHaveLength(0)
    expect(page.byText('删除草稿')).toHaveLength(0)
    expect(page.byText('查看备案证明')).toHaveLength(0)
  })
})
