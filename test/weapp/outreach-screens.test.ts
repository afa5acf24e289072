/**
 * 活动与培训 on the real weapp build (miniprogram-simulate), wx.cloud routed to the real function
 * mains on SQLite: the operator's list, an event's detail with its places and deadline, sign-up
 * (the check-in code appears), 我的备案's card, and the staff's event editor with its live count.
 */
import type { LocalCloud } from './cloud'
import type { CallAs } from './admin-fixtures'

let cloud: LocalCloud
let call: CallAs
let activityId = ''
const pages: Array<{ detach(): void }> = []
let harness: typeof import('./harness')

async function open (path: string, query: Record<string, string> = {}) {
  const p = await harness.openPage(path, query)
  pages.push(p)
  return p
}

const inDays = (d: number, hour: number) => {
  const t = new Date(Date.now() + d * 86400_000)
  t.setUTCHours(hour, 0, 0, 0)
  return t.toISOString()
}

beforeAll(async () => {
  const { localCloud } = await import('./cloud')
  harness = await import('./harness')
  const { cloudTransport, approvedFiling } = await import('./admin-fixtures')
  cloud = await localCloud()
  const t = cloudTransport(cloud)
  call = t.call
  // An approved 抖音 account in 三埠 (440783001) of demo-applicant-a; an event for 抖音 accounts there.
  await approvedFiling(call, t.upload, 'demo-applicant-a')
  const created = await call('demo-admin', 'staff', 'activity-create', {
    kind: 'course', title: '短视频创作与网络法规', startsAt: inDays(4, 1), endsAt: inDays(4, 3), place: '市网信办三楼会议室', capacity: 30,
    signupDeadline: inDays(3, 9), description: '讲解短视频创作技巧和网络信息内容生态治理规定。', materials: [{ title: '课件', url: 'https://example.org/slides.pdf' }],
    audience: { standings: ['filed'], platforms: ['douyin'], towns: ['440783001'] }
  })
  activityId = created.activity.id
  expect(created.audience.total).toBe(1)
  cloud.actAs('demo-applicant-a')
  harness.bootApp(cloud.stub)
  jest.spyOn(harness.wxApi(), 'showModal').mockImplementation((o: any) => { o.success?.({ confirm: true, cancel: false }); return Promise.resolve({ confirm: true }) as any })
}, 90_000)
afterAll(() => { for (const p of pages) p.detach(); cloud?.close() })

describe('活动与培训 on the weapp build', () => {
  test('when the operator opens the activities list, then the invitation shows its time, place, deadline and places left', async () => {
    const page = await open('packages/outreach/pages/activities/index')
    await page.eventually(() => expect(page.text()).toContain('新媒体课堂：短视频创作与网络法规'))
    const text = page.text()
    for (const t of ['未报名', '地点：市网信办三楼会议室', '报名截止', '剩余名额 30/30', '我的参加记录', '还没有参加记录']) expect(text).toContain(t)
    const navigateTo = jest.spyOn(harness.wxApi(), 'navigateTo')
    await page.tap(page.byText('新媒体课堂：短视频创作与网络法规')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: `/packages/outreach/pages/activity/index?id=${encodeURIComponent(activityId)}` }))
  })

  test('when the operator signs up on the detail page, then the place is taken and the check-in QR code appears', async () => {
    const page = await open('packages/outreach/pages/activity/index', { id: activityId })
    await page.eventually(() => expect(page.text()).toContain('报名参加'))
    for (const t of ['已报名 0 人 / 共 30 人', '报名截止', '活动资料', '课件', '讲解短视频创作技巧']) expect(page.text()).toContain(t)
    expect(page.text()).not.toContain('签到码')
    await page.tap(page.exact('报名参加'))
    await page.eventually(() => expect(page.text()).toContain('报名成功，请在活动当天出示签到码'))
    expect(page.text()).toContain('已报名 1 人 / 共 30 人')
    expect(page.text()).toContain('取消报名')
    const [p] = await cloud.runtime.store.participations.listByActivity(activityId, 10)
    expect(p.status).toBe('signed-up')
    // The QR code is drawn from the participation's own code, shown under it for typing.
    await page.eventually(() => expect(page.text()).toContain(p.checkinCode))
  })

  test('when the operator opens 我的备案, then the outreach card counts the event signed up for and leads to the list', async () => {
    const page = await open('pages/filings/index')
    await page.eventually(() => expect(page.text()).toContain('已报名 1 个'))
    expect(page.text()).toContain('参加记录：已参加 0 次')
    const navigateTo = jest.spyOn(harness.wxApi(), 'navigateTo')
    await page.tap(page.exact('已报名 1 个'))
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: '/packages/outreach/pages/activities/index' }))
  })

  test('when staff fill the event editor, then the audience is counted live and publishing creates the event and invites', async () => {
    cloud.actAs('demo-admin')
    const page = await open('packages/outreach-staff/pages/editor/index')
    await page.eventually(() => expect(page.text()).toContain('符合条件：1 人（已备案 1 人，建议备案 0 人）'), 10_000)
    for (const t of ['活动类型', '新媒体课堂', '法规培训', '网络文化活动', '评优', '活动日期', '报名截止日期', '名额（人）', '邀请对象', '粉丝量']) expect(page.text()).toContain(t)
    // Only 快手 accounts: nobody here.
    await page.tap(page.exact('快手'))
    await page.eventually(() => expect(page.text()).toContain('符合条件：0 人'), 10_000)
    await page.tap(page.exact('快手'))
    await page.tap(page.exact('抖音'))
    await page.eventually(() => expect(page.text()).toContain('符合条件：1 人'), 10_000)
    // Publishing without a title: the field is named and nothing is created.
    const before = (await cloud.runtime.store.activities.list(10)).length
    await page.tap(page.exact('发布并邀请'))
    await page.eventually(() => expect(page.text()).toMatch(/活动名称.*(请填写|至少)|(请填写|至少).*活动名称/))
    expect((await cloud.runtime.store.activities.list(10)).length).toBe(before)
    await page.tap(page.exact('法规培训'))
    await page.input(page.control('wx-input', 'field-title'), '网络信息内容生态治理规定解读')
    await page.input(page.control('wx-input', 'field-place'), '市网信办三楼会议室')
    await page.input(page.control('wx-textarea', 'field-description'), '解读规定要点，现场答疑。')
    const redirectTo = jest.spyOn(harness.wxApi(), 'redirectTo')
    await page.tap(page.exact('发布并邀请'))
    await page.until(() => redirectTo.mock.calls.length > 0, 10_000)
    const all = await cloud.runtime.store.activities.list(10)
    const made = all.find((a) => a.title === '网络信息内容生态治理规定解读')
    expect(made).toMatchObject({ kind: 'law', place: '市网信办三楼会议室', capacity: 50, invited: 1, audience: expect.objectContaining({ platforms: ['douyin'], standings: ['filed'] }) })
    expect(redirectTo).toHaveBeenCalledWith(expect.objectContaining({ url: `/packages/outreach-staff/pages/activity/index?id=${encodeURIComponent(made!.id)}` }))
  })

  test('when staff open the event, then its materials are there to open like the operator\'s, not only their titles', async () => {
    cloud.actAs('demo-admin')
    const page = await open('packages/outreach-staff/pages/activity/index', { id: activityId })
    await page.eventually(() => expect(page.text()).toContain('活动资料'))
    expect(page.text()).toContain('课件')
    expect(page.text()).toContain('复制链接')
  })
})
