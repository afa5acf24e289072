/**
 * The 评优 screen (supervision subpackage) on the real weapp build, wx.cloud routed to the real
 * function mains on SQLite (a page loads once per file, so the event list is covered in Playwright): one event's candidates with every reason (one
 * qualifies, the operator with an open case does not), a nomination and its result.
 */
import type { LocalCloud } from './cloud'
import { bootWithStory } from './supervision-fixtures'
import { awardsStory, type AwardsStory } from './awards-fixtures'

let env: Awaited<ReturnType<typeof bootWithStory>>
let cloud: LocalCloud
let awards: AwardsStory

beforeAll(async () => {
  let made: AwardsStory | undefined
  env = await bootWithStory('demo-reviewer', async (call, _story, upload) => {
    made = await awardsStory(call, upload)
  })
  ;({ cloud } = env)
  awards = made!
}, 90_000)
afterAll(() => env?.close())

describe('评优 on the weapp build', () => {
  test('when an event\'s candidates show, then each reason is given; staff nominate the qualifying one and record the result', async () => {
    const page = await env.open('packages/supervision/pages/awards/index', { id: awards.awardId })
    await page.eventually(() => expect(page.text()).toContain('三埠生活圈'))
    const text = page.text()
    for (const t of ['符合条件', '不符合条件', '✓ 无未结监管案件', '✓ 参加活动1次', '✗ 有1件监管案件尚未结案', '✗ 参加活动不足1次']) expect(text).toContain(t)
    await page.tap(page.exact('提名'))
    await page.eventually(() => expect(page.text()).toContain('已提名'))
    await page.tap(page.exact('获评'))
    await page.eventually(() => expect(page.text()).toContain('获评 · 李审核'))
    const rows = await cloud.runtime.store.participations.listByActivity(awards.awardId, 10)
    expect(rows.map((p) => p.nomination?.status ?? null).sort()).toEqual(['awarded', null])
  })
})
