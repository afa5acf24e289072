import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { decide, submittedFiling } from './filing-detail.fixtures'

let cloud: LocalCloud
let page: LoadedPage
let approvedNumber = ''

beforeAll(async () => {
  cloud = await localCloud()
  const { main } = require('../../cloudfunctions/applicant/index')
  const as = (openid: string) => ({ local: { openid } })
  // Arrange through the same entry the mini-program uses: one draft of applicant A, one of B.
  await main({ action: 'save-draft', input: { content: { subject: { type: 'individual', name: '李四' } } } }, as('demo-applicant-a'))
  await main({ action: 'save-draft', input: { content: { subject: { type: 'individual', name: '王五' } } } }, as('demo-applicant-b'))
  // And one approved filing of A.
  const s = await submittedFiling(cloud, 'demo-applicant-a', '开平侨乡故事')
  approvedNumber = (await decide(s, { decision: 'approve' })).filingNumber ?? ''
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('pages/filings/index')
  await page.settle(80)
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('我的备案 on the weapp build', () => {
  test('when applicant A opens 我的备案, then only A\'s filings are listed, with status and masked name', () => {
    const text = page.text()
    expect(text).toContain('草稿')
    expect(text).toContain('李*')
    expect(text).not.toContain('王')
  })

  test('when a filing is approved, then its row shows 已通过 and the filing number', () => {
    expect(approvedNumber).toMatch(/^开网备\d{10}$/)
    expect(page.text()).toContain('已通过')
    expect(page.text()).toContain(`备案号：${approvedNumber}`)
  })

  test('when the list is shown, then a 新建备案 button is offered', () => {
    expect(page.byText('新建备案')).toHaveLength(1)
  })

  test('when a row is tapped, then the filing detail subpackage opens for that filing', async () => {
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.byText('开平侨乡故事')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringMatching(/^\/packages\/filing\/pages\/detail\/index\?id=/) }))
  })
})
