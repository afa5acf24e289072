/**
 * The director's dashboard and the office cancellation screen on the real weapp build: what the
 * admin reads (coverage, late filings, review time limits, the funnel) and 注销 with a reason.
 */
import type { LocalCloud } from './cloud'
import { bootWithStory, type SupervisionStory } from './supervision-fixtures'

let env: Awaited<ReturnType<typeof bootWithStory>>
let cloud: LocalCloud
let story: SupervisionStory
const open = (path: string, query: Record<string, string> = {}) => env.open(path, query)

beforeAll(async () => {
  env = await bootWithStory('demo-admin')
  ;({ cloud, story } = env)
}, 60_000)
afterAll(() => env?.close())

describe('监管看板 (admin subpackage) on the weapp build', () => {
  test('when the admin opens 统计, then the director\'s numbers are shown beside the charts', async () => {
    const page = await open('packages/admin/pages/stats/index')
    await page.eventually(() => expect(page.text()).toContain('监管看板'))
    await page.eventually(() => expect(page.text()).toContain('执法漏斗'))
    const text = page.text().replace(/\s+/g, '')
    // One approved filing (三埠, 抖音) and one urged lead (三埠, 抖音): 50 % coverage.
    expect(text).toContain('合计：已备案1，未备案线索1，覆盖率50%')
    expect(text).toContain('三埠街道1/150%')
    for (const t of ['发现线索1', '立案1', '约谈1', '责令整改1', '李审核']) expect(text).toContain(t)
    for (const t of ['备案覆盖率（按镇街）', '备案覆盖率（按平台）', '审核时限（本月）', '退回原因排名（本月）', '导出本月监管月报（Excel）']) expect(page.text()).toContain(t)
  })
})

describe('late filings in the queue on the weapp build', () => {
  test('when a filing was first submitted after its due date, then its queue row says 逾期备案 with the date', async () => {
    const page = await open('packages/admin/pages/queue/index', { tab: 'approved' })
    await page.eventually(() => expect(page.text()).toContain('开平美食探店'))
    expect(page.text()).toMatch(/逾期备案（应于 \d{4}-\d{2}-\d{2} 前备案）/)
  })
})

describe('注销备案 (office cancellation) on the weapp build', () => {
  test('when the admin gives a reason and confirms, then the filing is cancelled and the act is audited', async () => {
    const page = await open('packages/admin/pages/cancel/index', { id: story.filingId })
    await page.eventually(() => expect(page.text()).toContain('注销原因'))
    await page.tap(page.exact('注销备案'))
    await page.eventually(() => expect(page.text()).toContain('请填写注销原因（至少2个字）'))
    await page.input(page.control('wx-textarea'), '经核实该账号已被平台注销')
    await page.tap(page.exact('注销备案'))
    await page.eventually(() => expect(page.text()).toContain('已注销，备案人将收到通知'))
    expect((await cloud.runtime.store.filings.get(story.filingId))?.status).toBe('cancelled')
    const audit = await cloud.runtime.store.audit.listByFiling(story.filingId)
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'cancel', actorOpenid: 'demo-admin', detail: expect.objectContaining({ note: '经核实该账号已被平台注销' }) })]))
  })
})
