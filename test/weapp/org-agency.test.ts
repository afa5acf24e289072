/**
 * 确认委托 (org subpackage) on the real weapp build: an agency filed for 张小明 and passed on its code;
 * the principal, in their own WeChat, is refused a wrong code, sees what is filed in their name (ID
 * masked), confirms, and the review screen's data then shows 委托方已确认 — all through the real
 * applicant and staff functions on SQLite.
 */
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { cloudTransport, IDS, submitFiling } from './admin-fixtures'

const AGENT = 'demo-agency-agent'
const PRINCIPAL = 'demo-agency-principal'
let cloud: LocalCloud
let page: LoadedPage
let filingId: string
let code: string
let call: ReturnType<typeof cloudTransport>['call']

beforeAll(async () => {
  cloud = await localCloud()
  const t = cloudTransport(cloud)
  call = t.call
  const s = await submitFiling(call, t.upload, { owner: AGENT, name: '张小明', idNumber: IDS[0], town: '440783001', platform: 'douyin', accountName: '开平美食探店', agency: { name: '开平市信达代理服务有限公司', contact: '陈代理', phone: '13912345678' } })
  filingId = s.id
  code = (await call(AGENT, 'applicant', 'agency-code', { id: filingId }) as { code: string }).code
  cloud.actAs(PRINCIPAL)
  bootApp(cloud.stub)
  page = await openPage('packages/org/pages/agency/index', {})
  await page.eventually(() => expect(page.text()).toContain('查看委托内容'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('确认委托 (org subpackage) on the weapp build', () => {
  test('when the principal enters a wrong code, then the screen says so in Chinese and shows nothing filed', async () => {
    await page.input(page.control('wx-input', 'field-agency-code'), 'WRONG123')
    await page.tap(page.exact('查看委托内容'))
    await page.eventually(() => expect(page.text()).toContain('确认码无效或已被使用'))
    expect(page.text()).not.toContain('开平美食探店')
  })

  test('when the principal enters the agent\'s code, then they see the subject (ID masked), the agency and the accounts', async () => {
    await page.input(page.control('wx-input', 'field-agency-code'), code)
    await page.tap(page.exact('查看委托内容'))
    await page.eventually(() => expect(page.text()).toContain('以您名义备案的内容'))
    const text = page.text()
    for (const t of ['开平市信达代理服务有限公司', '陈代理', '139****5678', '开平美食探店', '确认委托', '拒绝委托']) expect(text).toContain(t)
    expect(text).not.toContain(IDS[0])
  })

  test('when the principal confirms, then the screen says so and the review screen\'s data shows 委托方已确认', async () => {
    jest.spyOn(wxApi(), 'showModal').mockImplementation((o: any) => { o?.success?.({ confirm: true, cancel: false }); return Promise.resolve({ confirm: true }) as any })
    await page.tap(page.exact('确认委托'))
    await page.eventually(() => expect(page.text()).toContain('已确认委托'))
    const got = await call('demo-admin', 'staff', 'get', { id: filingId }) as { principal: { label: string }, availableActions: string[] }
    expect(got.principal.label).toBe('委托方已确认')
    expect(got.availableActions).toContain('approve')
  })
})
