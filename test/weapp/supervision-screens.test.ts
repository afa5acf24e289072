/**
 * The staff's 监管 screens on the real weapp build (miniprogram-simulate), wx.cloud routed to the
 * real function mains on SQLite: the workbench, the reports inbox and a report's triage, a lead's
 * 督促, a case file and a step form.
 */
import { wxApi } from './harness'
import type { LocalCloud } from './cloud'
import { bootWithStory, type SupervisionStory } from './supervision-fixtures'

let env: Awaited<ReturnType<typeof bootWithStory>>
let cloud: LocalCloud
let story: SupervisionStory
const open = (path: string, query: Record<string, string> = {}) => env.open(path, query)

beforeAll(async () => {
  env = await bootWithStory('demo-reviewer')
  ;({ cloud, story } = env)
}, 60_000)
afterAll(() => env?.close())

describe('监管 (supervision subpackage) on the weapp build', () => {
  test('when the workbench opens, then it counts what waits and leads to each list', async () => {
    const page = await open('packages/supervision/pages/home/index')
    await page.eventually(() => expect(page.text()).toContain('待处理举报'))
    await page.eventually(() => expect(page.text().replace(/\s+/g, '')).toMatch(/1待处理举报1未备案线索1办理中案件/))
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.exact('举报受理'))
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/supervision/pages/reports/index' }))
  })

  test('when the inbox opens, then the report shows its readable receipt number', async () => {
    const page = await open('packages/supervision/pages/reports/index')
    await page.eventually(() => expect(page.text()).toContain(`受理编号 ${story.receiptNumber}`))
    expect(story.receiptNumber).toMatch(/^JB-\d{4}-000001$/)
    expect(page.text()).toContain('快手“赤坎夜市速递”')
  })

  test('when staff make a lead of a report, then the report is linked and the triage is audited', async () => {
    const page = await open('packages/supervision/pages/report/index', { id: story.reportId })
    await page.eventually(() => expect(page.text()).toContain('登记为未备案线索'))
    await page.tap(page.exact('登记为未备案线索'))
    await page.eventually(() => expect(page.text()).toContain('已关联线索'))
    const audit = await cloud.runtime.store.audit.listByRef(story.reportId)
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['report-received', 'report-link']))
  })

  test('when a lead is urged without a channel, then 督促方式 is named until chosen; with a working-day preset and a channel, then it records the 督促', async () => {
    const page = await open('packages/supervision/pages/lead/index', { id: story.leadId })
    await page.eventually(() => expect(page.text()).toContain('记录督促'))
    // Without a channel nothing is sent: 督促方式 is named in the summary and at the field.
    await page.tap(page.exact('记录督促'))
    await page.eventually(() => expect(page.text()).toContain('还有1处需要填写或修改：督促方式'))
    expect(page.text()).toContain('请选择督促方式')
    expect((await cloud.runtime.store.leads.get(story.leadId))?.urges).toHaveLength(1)
    // The deadline: working-day presets above the kit's date picker.
    expect(page.text()).toContain('按工作日计算（含调休）')
    await page.tap(page.byText('5个工作日')[0])
    await page.tap(page.exact('短信'))
    // The summary follows the field's message on the next render.
    await page.eventually(() => expect(page.text()).not.toMatch(/请选择督促方式|还有1处需要填写或修改/))
    await page.tap(page.exact('记录督促'))
    await page.eventually(() => expect(page.text()).toContain('通过短信督促'))
    const lead = await cloud.runtime.store.leads.get(story.leadId)
    expect(lead?.urges.map((u) => u.channel)).toEqual(['电话', '短信'])
  })

  test('when a case file opens, then its dated steps, notices and the next steps are shown', async () => {
    const page = await open('packages/supervision/pages/case/index', { id: story.caseId })
    await page.eventually(() => expect(page.text()).toContain('办理过程'))
    const text = page.text()
    for (const t of ['整改中', '约谈通知', '约谈记录', '责令整改', '查看约谈通知书', '查看责令整改通知书', '运营者承诺删除相关视频。', '结案']) expect(text).toContain(t)
    // A reviewer may not sanction or publish: those are the admin's.
    expect(text).not.toContain('处置')
  })

  test('when the close form opens, then it asks for the outcome and refuses one that has not happened', async () => {
    const page = await open('packages/supervision/pages/step/index', { id: story.caseId, type: 'close' })
    await page.eventually(() => expect(page.text()).toContain('结案情形'))
    await page.tap(page.exact('整改完成'))
    await page.tap(page.exact('确认结案'))
    await page.eventually(() => expect(page.text()).toContain('整改尚未验收通过，不能以“整改完成”结案'))
    expect((await cloud.runtime.store.cases.get(story.caseId))?.stage).toBe('rectifying')
  })
  test('when a lead is registered without a platform, then the message sits at 平台, the summary names it, and both go once a platform is picked', async () => {
    const page = await open('packages/supervision/pages/lead-new/index')
    await page.eventually(() => expect(page.text()).toContain('登记未备案账号'))
    // Optional fields carry the kit's 选填 mark, not "（选填）" inside the label.
    expect(page.text()).not.toContain('（选填）')
    expect(page.byText('选填').length).toBeGreaterThanOrEqual(3)
    await page.input(page.control('wx-input', 'field-accountName'), '开平早茶地图')
    await page.tap(page.exact('登记'))
    await page.eventually(() => expect(page.text()).toContain('还有1处需要填写或修改：平台'))
    expect(page.text()).toContain('请选择平台')
    await page.pick(0, 0)
    await page.eventually(() => expect(page.text()).not.toMatch(/请选择平台|还有1处需要填写或修改/))
    // The lead's page is opened (the navigation itself is the client's; it is recorded, not followed).
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }) as any)
    await page.tap(page.exact('登记'))
    await page.eventually(() => expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/packages/supervision/pages/lead/index?id=') })))
    navigateTo.mockRestore()
  })
})
