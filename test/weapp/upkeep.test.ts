/**
 * 备案维护 (filing subpackage) on the real weapp build, wx.cloud routed to the real function mains on
 * SQLite: the operator's filed filing with its directory consent, a change of contact reported and
 * its due date (30 working days on the jurisdiction's calendar) shown.
 */
import { addWorkingDays, localDate, kaipingConfig } from '../../src/core'
import type { LocalCloud } from './cloud'
import { bootWithStory } from './supervision-fixtures'
import { awardsStory } from './awards-fixtures'

let env: Awaited<ReturnType<typeof bootWithStory>>
let cloud: LocalCloud

beforeAll(async () => {
  env = await bootWithStory('demo-applicant-b', async (call, _story, upload) => { await awardsStory(call, upload) })
  ;({ cloud } = env)
}, 90_000)
afterAll(() => env?.close())

test('when the operator reports a change of contact, then its due date shows and the directory consent they gave is on', async () => {
  const page = await env.open('packages/filing/pages/upkeep/index')
  await page.eventually(() => expect(page.text()).toContain('三埠生活圈'))
  expect(page.text()).toContain('列入自媒体名录')
  await page.tap(page.exact('联系方式变更'))
  await page.tap(page.exact('报告变更'))
  const due = addWorkingDays(localDate(new Date(), kaipingConfig.timezone), 30, kaipingConfig)
  await page.eventually(() => expect(page.text()).toContain(`请于${due}前办理变更备案`))
  const filings = await cloud.runtime.store.filings.listByOwner('demo-applicant-b', 10)
  const rec = await cloud.runtime.store.upkeep.get(filings.find((f) => f.filingNumber)!.id)
  expect(rec).toMatchObject({ listed: true, change: { kinds: ['contact'], source: 'operator', dueOn: due } })
})
