/**
 * The 评优 screen in the h5 build, in a real Chromium, as staff would use it, at normal and at
 * large font with axe-core finding nothing: the 评优 events, one event's candidates with every
 * reason, a nomination and its result; the admin's directory export. The data are made through
 * the real actions (one operator qualifies; the other filed late). And the operator's 备案维护:
 * the directory consent they gave, a change of contact reported with its due date.
 */
import type { Page } from 'playwright-core'
import { paths } from '../../src/core/routes'
import { startE2E, type E2E } from './harness'
import { e2eUpload } from './support/upload'
import { byId, settled, visibleText, touch } from './journey-steps'
import { STANDARD, makeReviewer, submitFiling } from '../weapp/admin-fixtures'
import { awardsStory, type AwardsStory } from '../weapp/awards-fixtures'

const AXE = require.resolve('axe-core/axe.min.js')
let e2e: E2E
let story: AwardsStory

beforeAll(async () => {
  e2e = await startE2E()
  const upload = e2eUpload(e2e)
  await makeReviewer(e2e.call, 'demo-admin', 'demo-reviewer', '李审核')
  const late = await submitFiling(e2e.call, upload, { ...STANDARD[0], owner: 'demo-applicant-a' })
  await e2e.call('demo-reviewer', 'staff', 'decide', { id: late.id, version: late.version, decision: { decision: 'approve' } })
  story = await awardsStory(e2e.call, upload)
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

async function open (openid: string, url: string, large: boolean): Promise<Page> {
  const page = await e2e.phone(openid, { largeFont: large })
  await page.goto(`${e2e.server.url}${url}${large ? `${url.includes('?') ? '&' : '?'}font=large` : ''}`)
  await settled(page)
  return page
}

describe('评优 in the browser', () => {
  for (const large of [false, true]) {
    const font = large ? 'large' : 'normal'
    test(`when staff open 评优 at ${font} font, pick the event and ${large ? 'see the recorded result' : 'nominate the qualifying operator and record 获评'}, then every screen passes axe`, async () => {
      const page = await open('demo-reviewer', paths.svAwards(), large)
      try {
        await visibleText(page, story.title, true).waitFor()
        expect(await axe(page)).toEqual([])
        await e2e.shot(page, `awards-events-${font}`)
        await touch(visibleText(page, story.title, true))
        await visibleText(page, '三埠生活圈').waitFor()
        await visibleText(page, '✗ 曾逾期备案').first().waitFor()
        if (!large) {
          expect(await axe(page)).toEqual([])
          await e2e.shot(page, `awards-candidates-${font}`)
          await touch(byId(page, 'candidate-0-nominate'))
          await byId(page, 'candidate-0-awarded').waitFor()
          await touch(byId(page, 'candidate-0-awarded'))
        }
        await visibleText(page, '获评 · 李审核').waitFor()
        expect(await axe(page)).toEqual([])
        await e2e.shot(page, `awards-result-${font}`)
      } finally {
        await page.context().close()
      }
    }, 180_000)
  }

  test('when the admin exports the directory, then it holds the one consenting operator, and the screen passes axe', async () => {
    for (const large of [false, true]) {
      const page = await open('demo-admin', paths.svAwards(), large)
      try {
        await byId(page, 'directory-export').waitFor()
        expect(await axe(page)).toEqual([])
        await touch(byId(page, 'directory-export'))
        await visibleText(page, '已导出 1 位运营者的 1 个账号').waitFor()
        expect(await axe(page)).toEqual([])
        await e2e.shot(page, `awards-directory-${large ? 'large' : 'normal'}`)
      } finally {
        await page.context().close()
      }
    }
  }, 180_000)

  test('when the operator opens 备案维护 and reports a change of contact, then its due date shows, and the screen passes axe at both fonts', async () => {
    for (const large of [false, true]) {
      const page = await open('demo-applicant-b', paths.upkeep(), large)
      try {
        await visibleText(page, '三埠生活圈').first().waitFor()
        expect(await axe(page)).toEqual([])
        if (!large) {
          await touch(byId(page, 'upkeep-0-contact'))
          await touch(byId(page, 'upkeep-0-report'))
          await byId(page, 'upkeep-0-change').waitFor()
        }
        await visibleText(page, '前办理变更备案').first().waitFor()
        expect(await axe(page)).toEqual([])
        await e2e.shot(page, `upkeep-${large ? 'large' : 'normal'}`)
      } finally {
        await page.context().close()
      }
    }
  }, 180_000)
})
