/**
 * The operator's and the public's side of supervision on the real weapp build: the banner in
 * 我的备案, the case with its order and notices, the reporter's receipt, and the 公示 list.
 */
import { wxApi } from './harness'
import type { LocalCloud } from './cloud'
import { bootWithStory, type SupervisionStory } from './supervision-fixtures'

let env: Awaited<ReturnType<typeof bootWithStory>>
let cloud: LocalCloud
let story: SupervisionStory
const open = (path: string, query: Record<string, string> = {}) => env.open(path, query)

beforeAll(async () => {
  env = await bootWithStory('demo-applicant-a', async (call, s) => {
    await call('demo-admin', 'staff', 'case-step', { id: s.caseId, version: s.caseVersion, step: { type: 'publicize', name: '抖音账号“开平美食探店”', measure: '约谈并责令整改' } })
  })
  ;({ cloud, story } = env)
}, 60_000)
afterAll(() => env?.close())

describe('the operator\'s side on the weapp build', () => {
  test('when the operator opens 我的备案, then the supervision matter is shown above the filings and opens the case', async () => {
    const page = await open('pages/filings/index')
    await page.eventually(() => expect(page.text()).toContain('您有 1 项网信办监管事项'))
    expect(page.text()).toContain('抖音“开平美食探店”：整改中')
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.byText('抖音“开平美食探店”：整改中')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: `/packages/filing/pages/case/index?id=${encodeURIComponent(story.caseId)}` }))
  })

  test('when the case opens, then the order, its deadline, both notices and the evidence form are there, never the minutes', async () => {
    const page = await open('packages/filing/pages/case/index', { id: story.caseId })
    await page.eventually(() => expect(page.text()).toContain('整改要求'))
    const text = page.text()
    for (const t of ['1. 删除未经核实的视频', '2. 在账号简介中标明备案号', '前完成整改并提交材料', '查看约谈通知书', '查看责令整改通知书', '提交整改材料']) expect(text).toContain(t)
    expect(text).not.toContain('运营者承诺删除相关视频')
  })

  test('when the 整改通知书 opens, then its text is the notice the office issued', async () => {
    const c = await cloud.runtime.store.cases.get(story.caseId)
    const order = c!.steps.find((s) => s.type === 'order')!
    const page = await open('packages/filing/pages/notice/index', { case: story.caseId, step: order.id })
    await page.eventually(() => expect(page.text()).toContain('责令整改通知书'))
    expect(page.text()).toContain(order.noticeNumber!)
    expect(page.text()).toContain('抖音账号“开平美食探店”运营者：')
    expect(page.text()).toContain('开平市互联网信息办公室')
  })
})

describe('the public side on the weapp build', () => {
  test('when the reporter opens the receipt page from the message, then the report and its state are shown', async () => {
    cloud.actAs('demo-applicant-b')
    const page = await open('packages/public/pages/receipt/index', { n: story.receiptNumber })
    await page.eventually(() => expect(page.text()).toContain('快手“赤坎夜市速递”'))
    expect(page.text()).toContain(story.receiptNumber)
    expect(page.text()).toContain('已受理，等待核查')
  })

  test('when anyone opens 公示, then the entry shows exactly the published name and measure', async () => {
    cloud.actAs('demo-applicant-b')
    const page = await open('packages/public/pages/notices/index')
    await page.eventually(() => expect(page.text()).toContain('抖音账号“开平美食探店”'))
    expect(page.text()).toContain('约谈并责令整改')
    expect(page.text()).not.toContain('张小明')
  })
})
