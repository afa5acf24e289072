import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('pages/filings/index')
  await page.settle(120)
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('tab bar for a non-staff user (weapp build)', () => {
  test('when the backend says the caller is an applicant, then there is no 审核 tab', () => {
    expect(page.text()).toContain('首页')
    expect(page.text()).toContain('我的备案')
    expect(page.byText('审核')).toHaveLength(0)
  })
})
