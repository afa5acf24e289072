/**
 * The managers screen (org subpackage) on the real weapp build: the owner sees who manages the
 * filing, makes a co-manager code (the one the backend stores by hash), and removes a colleague,
 * who then has no access — all through the real applicant function on SQLite.
 */
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { cloudTransport } from './admin-fixtures'

const OWNER = 'demo-org-owner'
const COLLEAGUE = 'demo-org-colleague'
let cloud: LocalCloud
let page: LoadedPage
let filingId: string
let call: ReturnType<typeof cloudTransport>['call']

beforeAll(async () => {
  cloud = await localCloud()
  call = cloudTransport(cloud).call
  const draft = await call(OWNER, 'applicant', 'save-draft', { content: { subject: { type: 'company', name: '开平侨乡文旅传媒有限公司' } } }) as { id: string }
  filingId = draft.id
  const { code } = await call(OWNER, 'applicant', 'manager-invite', { id: filingId, name: '李小红' }) as { code: string }
  await call(COLLEAGUE, 'applicant', 'manager-join', { code })
  cloud.actAs(OWNER)
  bootApp(cloud.stub)
  page = await openPage('packages/org/pages/managers/index', { id: filingId })
  await page.eventually(() => expect(page.text()).toContain('李小红'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('备案管理人 (org subpackage) on the weapp build', () => {
  test('when the owner opens it, then both managers show, the owner marked, with the invite form', () => {
    const text = page.text()
    for (const t of ['备案管理人', '备案创建人（您）', '所有人', '李小红', '移除', '邀请共同管理人', '对方姓名', '生成邀请码']) expect(text).toContain(t)
    expect(text).not.toContain('demo-org-colleague')
  })

  test('when the owner makes an invite for a named colleague, then a one-time code shows that the backend accepts', async () => {
    await page.input(page.control('wx-input', 'field-invite-name'), '王五')
    await page.tap(page.exact('生成邀请码'))
    await page.eventually(() => expect(page.text()).toMatch(/邀请码：[A-Z0-9]{6,16}/))
    const code = /邀请码：([A-Z0-9]{6,16})/.exec(page.text())![1]
    const joined = await call('demo-org-third', 'applicant', 'manager-join', { code }) as { id: string }
    expect(joined.id).toBe(filingId)
  })

  test('when the owner removes the colleague, then the list drops them and they lose access at once', async () => {
    jest.spyOn(wxApi(), 'showModal').mockImplementation((o: any) => { o?.success?.({ confirm: true, cancel: false }); return Promise.resolve({ confirm: true }) as any })
    // 王五 joined after the screen loaded: the first tap meets a newer version, says so and shows the list as it is now.
    await page.tap(page.exact('移除'))
    await page.eventually(() => expect(page.text()).toContain('已被他人处理，请刷新'))
    await page.eventually(() => expect(page.text()).toContain('王五'))
    // Each co-manager row has its own 移除: the first is 李小红's (the owner's own row offers 退出管理).
    await page.tap(page.byText('移除').filter((n) => (n.dom.textContent ?? '').trim() === '移除')[0])
    await page.eventually(() => expect(page.text()).not.toContain('李小红'))
    expect(page.text()).toContain('王五')
    await expect(call(COLLEAGUE, 'applicant', 'get-filing', { id: filingId })).rejects.toThrow(/forbidden/)
  })
})
