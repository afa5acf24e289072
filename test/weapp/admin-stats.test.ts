import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { STANDARD, cloudTransport, submitFiling } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  for (const s of STANDARD) await submitFiling(call, upload, { ...s, owner: 'demo-applicant-a' })
  cloud.actAs('demo-reviewer')
  await makeStaff()
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/stats/index')
  await page.eventually(() => expect(page.text()).toContain('备案总数 3 件'))
  async function makeStaff () {
    const invite = await call('demo-admin', 'staff', 'staff-invite', { name: '李审核', role: 'reviewer' })
    await call('demo-reviewer', 'applicant', 'redeem-invite', { code: invite.code, idNumber: '440783198803150027', mobile: '13600136000' })
  }
})
afterAll(() => { page?.detach(); cloud?.close() })

const row = (label: string) => page.byText(label).map((n) => n.dom.parentElement?.textContent?.replace(/\s+/g, '') ?? '')

describe('统计 (admin subpackage) on the weapp build', () => {
  test('when three filings are submitted, then the counts by status, platform and town are listed beside the charts', () => {
    expect(page.text()).toContain('备案总数 3 件')
    expect(row('抖音')).toContain('抖音2')
    expect(row('快手')).toContain('快手1')
    expect(row('三埠街道')).toContain('三埠街道2')
    expect(row('赤坎镇')).toContain('赤坎镇1')
    for (const t of ['按状态', '按平台', '按镇（街道）', '按周（提交数）']) expect(page.text()).toContain(t)
  })
})
