import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { STANDARD, cloudTransport, makeReviewer, submitFiling } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage
let filing: { id: string, version: number }
let call: ReturnType<typeof cloudTransport>['call']

beforeAll(async () => {
  cloud = await localCloud()
  const t = cloudTransport(cloud)
  call = t.call
  filing = await submitFiling(t.call, t.upload, { ...STANDARD[1], owner: 'demo-applicant-b' })
  await makeReviewer(call, 'demo-admin', 'demo-reviewer', '李审核')
  cloud.actAs('demo-reviewer')
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/detail/index', { id: filing.id })
  await page.eventually(() => expect(page.text()).toContain('办理记录'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('two reviewers on one filing (weapp build)', () => {
  test('when another staff member decided first, then the screen says so and shows the filing as it is now', async () => {
    expect(page.text()).toContain('驳回')
    // The admin returns it while the reviewer is still reading.
    await call('demo-admin', 'staff', 'decide', { id: filing.id, version: filing.version, decision: { decision: 'return', reasons: [{ field: 'subject.phone', reason: '联系电话无法接通，请核对' }] } })
    await page.tap(page.byText('驳回').find((n) => n.dom.textContent?.trim() === '驳回')!)
    await page.eventually(() => expect(page.root.dom.querySelector('wx-textarea')).not.toBeNull())
    const textarea = page.root.dom.querySelector('wx-textarea')
    await page.input({ dom: textarea, wx: textarea.__wxElement }, '该账号不属于本辖区')
    await page.tap(page.byText('确认驳回')[0])
    await page.eventually(() => expect(page.text()).toContain('刚被其他工作人员处理过'))
    const text = page.text()
    expect(text).toContain('刚被其他工作人员处理过')
    expect(text).toContain('已退回')
    expect(text).toContain('联系电话无法接通，请核对')
    expect((await cloud.runtime.store.filings.get(filing.id))?.status).toBe('returned')
  })
})
