import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  const { main } = require('../../cloudfunctions/applicant/index')
  // Arrange through the same entry the mini-program uses: one draft of applicant A, one of B.
  await main({ action: 'save-draft', input: { content: { subject: { type: 'individual', name: '李四' } } } }, { local: { openid: 'demo-applicant-a' } })
  await main({ action: 'save-draft', input: { content: { subject: { type: 'individual', name: '王五' } } } }, { local: { openid: 'demo-applicant-b' } })
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('pages/filings/index')
  await page.settle(80)
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('我的备案 on the weapp build', () => {
  test('when applicant A opens 我的备案, then only A\'s draft is listed, with its status and masked name', () => {
    const text = page.text()
    expect(text).toContain('草稿')
    expect(text).toContain('李*')
    expect(text).not.toContain('王')
  })

  test('when the list is shown, then a 新建备案 button is offered', () => {
    expect(page.byText('新建备案')).toHaveLength(1)
  })
})
