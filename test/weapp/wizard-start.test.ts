import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('packages/wizard/pages/start/index')
})
afterAll(() => { page?.detach(); cloud?.close() })

async function myFilings (): Promise<Array<{ status: string }>> {
  const { main } = require('../../cloudfunctions/applicant/index')
  const res = await main({ action: 'list-mine', input: {} }, { local: { openid: 'demo-applicant-a' } })
  return res.data.items
}

describe('新建备案 (wizard subpackage) on the weapp build', () => {
  test('when 保存草稿 is tapped without a name, then the field says what is missing and nothing is saved', async () => {
    await page.tap(page.byText('保存草稿')[0])
    expect(page.text()).toContain('请填写姓名')
    expect(await myFilings()).toHaveLength(0)
  })

  test('when a company name is entered and saved, then a draft exists in the cloud and 我的备案 opens', async () => {
    const redirectTo = jest.spyOn(wxApi(), 'redirectTo')
    await page.tap(page.byText('企业或单位')[0])
    expect(page.text()).toContain('单位名称')
    const input = page.root.dom.querySelector('wx-input')
    expect(input).not.toBeNull()
    await page.input({ dom: input, wx: input.__wxElement }, '开平市示例科技有限公司')
    await page.tap(page.byText('保存草稿')[0])
    await page.settle(50)
    expect(await myFilings()).toEqual([expect.objectContaining({ status: 'draft' })])
    expect(redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/pages/filings/index' }))
  })
})
