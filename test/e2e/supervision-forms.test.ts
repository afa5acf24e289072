/**
 * The 监管 forms on the kit's fields, in the h5 build in a real Chromium, at normal and at large
 * font with axe-core finding nothing: 登记线索 (巡查发现) refused without a platform, then made;
 * the lead's 督促 refused without a channel, then recorded with a working-day preset.
 * Screenshots of each state go to test-results/screenshots for review.
 */
import type { Page } from 'playwright-core'
import { paths } from '../../src/core/routes'
import { startE2E, type E2E } from './harness'
import { byId, inputOf, pick, settled, touch, visibleText } from './journey-steps'
import { makeReviewer } from '../weapp/admin-fixtures'

const AXE = require.resolve('axe-core/axe.min.js')
let e2e: E2E

beforeAll(async () => {
  e2e = await startE2E()
  await makeReviewer(e2e.call, 'demo-admin', 'demo-reviewer', '李审核')
}, 180_000)
afterAll(async () => { await e2e?.close() })

async function axe (page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, help: string, nodes: Array<{ target: string[] }> }> }> } }
    const r = await w.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
  })
}

describe('监管 forms in the browser', () => {
  for (const large of [false, true]) {
    const font = large ? 'large' : 'normal'
    test(`when staff register a lead and urge it at ${font} font, then a missing platform or channel is named until chosen, and every state passes axe`, async () => {
      const page = await e2e.phone('demo-reviewer', { largeFont: large })
      const shot = (n: string) => e2e.shot(page, `supervision-forms-${font}-${n}`)
      try {
        await page.goto(`${e2e.server.url}${paths.svLeadNew()}${large ? '?font=large' : ''}`)
        await settled(page)
        await byId(page, 'lead-create').waitFor()
        const name = `开平早茶地图${font}`
        await inputOf(page, 'accountName').fill(name)
        await inputOf(page, 'accountName').blur()
        await touch(byId(page, 'lead-create'))
        await byId(page, 'problems').getByText('还有1处需要填写或修改：平台').waitFor()
        await visibleText(page, '请选择平台').waitFor()
        expect(await axe(page)).toEqual([])
        await shot('01-lead-new-refused')
        await pick(page, 'platform', '快手')
        await byId(page, 'problems').waitFor({ state: 'detached' })
        await shot('02-lead-new-filled')
        await touch(byId(page, 'lead-create'))
        await page.waitForURL(/packages\/supervision\/pages\/lead\/index/)
        await byId(page, 'lead-status').getByText('待督促').waitFor()

        await touch(byId(page, 'lead-urge-submit'))
        await byId(page, 'problems').getByText('还有1处需要填写或修改：督促方式').waitFor()
        expect(await axe(page)).toEqual([])
        await shot('03-urge-refused')
        await touch(byId(page, 'deadline-preset-5'))
        await touch(byId(page, 'channel-短信'))
        await byId(page, 'problems').waitFor({ state: 'detached' })
        await touch(byId(page, 'lead-urge-submit'))
        await byId(page, 'lead-status').getByText('已督促').waitFor()
        expect(await axe(page)).toEqual([])
        await shot('04-urged')
      } finally {
        await page.context().close()
      }
    }, 240_000)
  }
})
