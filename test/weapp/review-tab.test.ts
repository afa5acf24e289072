import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { STANDARD, cloudTransport, submitFiling } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  for (const s of STANDARD.slice(0, 2)) await submitFiling(call, upload, { ...s, owner: 'demo-applicant-a' })
  cloud.actAs('demo-admin')
  bootApp(cloud.stub)
  page = await openPage('pages/review/index')
  await page.eventually(() => expect(page.text()).toContain('2待审核'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('审核 tab on the weapp build', () => {
  test('when the backend says the caller is staff, then the tab bar shows 审核 and the workbench greets them', () => {
    expect(page.byText('审核')).not.toHaveLength(0)
    expect(page.text()).toContain('审核工作台')
  })

  test('when filings wait for review, then the tab shows their count and the ways into the admin subpackage', () => {
    const tile = page.byText('待审核')[0]
    expect(tile.dom.parentElement?.textContent?.replace(/\s+/g, '')).toContain('2待审核')
    // An admin's 统计 is the director's dashboard; every staff member gets 监管.
    for (const t of ['进入审核队列', '监管（举报、线索、案件）', '监管看板', '人员管理']) expect(page.text()).toContain(t)
  })

  test('when 进入审核队列 is tapped, then the queue page of the admin subpackage opens', async () => {
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.byText('进入审核队列')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/admin/pages/queue/index' }))
  })
})
