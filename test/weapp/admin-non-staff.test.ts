import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('pages/filings/index')
  // The tab bar decides after whoami answers: wait for that answer before judging its absence.
  const whoami = () => cloud.stub.callFunction.mock.calls.findIndex(([c]) => (c as { data: { action: string } }).data.action === 'whoami')
  await page.eventually(() => expect(whoami()).toBeGreaterThanOrEqual(0))
  await cloud.stub.callFunction.mock.results[whoami()].value
  await page.settle(150)
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('tab bar for a non-staff user (weapp build)', () => {
  test('when the backend says the caller is an applicant, then there is no 审核 tab', () => {
    expect(page.text()).toContain('首页')
    expect(page.text()).toContain('我的备案')
    expect(page.byText('审核')).toHaveLength(0)
  })
})
