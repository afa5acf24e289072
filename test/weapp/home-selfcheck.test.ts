import { bootApp, openPage, type LoadedPage, type WxNode } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  bootApp(cloud.stub)
  page = await openPage('packages/wizard/pages/selfcheck/index')
})
afterAll(() => { page?.detach(); cloud?.close() })

/** The yes/no options in question order (their own text is exactly '○ 是' / '● 否' …). */
function options (label: '是' | '否'): WxNode[] {
  return page.byText(label).filter((n) => /^[○●] ?/.test((n.dom.textContent ?? '').trim()) && (n.dom.textContent ?? '').trim().slice(2) === label)
}

describe('首页 self-check (wizard subpackage) on the weapp build', () => {
  test('when 查看结果 is tapped before every question is answered, then it asks for the answers and shows no verdict', async () => {
    await page.tap(page.byText('查看结果')[0])
    expect(page.text()).toContain('请回答上面每一个“是/否”问题')
    expect(page.text()).not.toContain('判断结果')
  })

  test('when the account is registered in the city and nothing else applies, then the verdict is 须备案 with condition 1 quoted', async () => {
    const yes = options('是')
    const no = options('否')
    expect(yes).toHaveLength(5)
    await page.tap(yes[0])
    for (const n of no.slice(1)) await page.tap(n)
    await page.tap(page.byText('查看结果')[0])
    await page.eventually(() => expect(page.text()).toContain('判断结果'))
    const text = page.text()
    expect(text).toContain('须备案')
    expect(text).toContain('登记备案条件第1条')
    expect(page.byText('开始备案')).toHaveLength(1)
  })

  test('when every answer is no, then the verdict is 无需备案 and no filing is offered', async () => {
    await page.tap(options('否')[0])
    await page.tap(page.byText('查看结果')[0])
    await page.eventually(() => expect(page.text()).toContain('无需备案'))
    expect(page.byText('开始备案')).toHaveLength(0)
  })
})
