import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { cloudTransport } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-admin')
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/staff/index')
  await page.eventually(() => expect(page.text()).toContain('管理员（系统配置）'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('人员管理 (admin subpackage) on the weapp build', () => {
  test('when an admin invites 陈审核 as reviewer, then a one-time code is shown that makes the invitee staff', async () => {
    const input = page.root.dom.querySelector('wx-input')
    await page.input({ dom: input, wx: input.__wxElement }, '陈审核')
    await page.tap(page.byText('生成邀请码')[0])
    await page.eventually(() => expect(page.text()).toMatch(/邀请码\s*[A-Z0-9]{6,16}/))
    const code = /邀请码\s*([A-Z0-9]{6,16})/.exec(page.text())?.[1]
    expect(code).toBeDefined()
    const { call } = cloudTransport(cloud)
    await expect(call('demo-applicant-b', 'applicant', 'redeem-invite', { code, idNumber: '440783198803150027', mobile: '13600136000' })).resolves.toEqual({ role: 'reviewer', staffName: '陈审核' })
    await expect(call('demo-applicant-b', 'applicant', 'whoami', {})).resolves.toEqual(expect.objectContaining({ role: 'reviewer' }))
  })

  test('when the staff list is shown, then the configured admin is listed and cannot be removed here', () => {
    expect(page.text()).toContain('管理员（系统配置）')
    expect(page.text()).toContain('系统配置')
  })
})
