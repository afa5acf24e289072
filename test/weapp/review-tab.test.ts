import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-admin')
  bootApp(cloud.stub)
  page = await openPage('pages/review/index')
  await page.settle(80)
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('审核 tab on the weapp build', () => {
  test('when the backend says the caller is staff, then the tab bar shows 审核 and the workbench greets them', () => {
    expect(page.byText('审核')).not.toHaveLength(0)
    expect(page.text()).toContain('审核工作台')
  })
})
