/**
 * The director's dashboard in the h5 build, in a real Chromium: its numbers equal counts taken
 * from the server's SQLite file with independent SQL, and its F2 charts really draw (the canvas
 * pixels are read back: before F2, the statistics charts drew nothing in the browser).
 */
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { kaipingConfig, localDate, monthRange } from '../../backend/core'
import { startE2E, type E2E } from './harness'
import { e2eUpload } from './support/upload'
import { STANDARD, makeReviewer, submitFiling } from '../weapp/admin-fixtures'
import { dashboardFromSql } from '../backend/support/dashboard-sql'
import { touch } from './journey-steps'

let e2e: E2E

beforeAll(async () => {
  e2e = await startE2E()
  const upload = e2eUpload(e2e)
  await makeReviewer(e2e.call, 'demo-admin', 'demo-reviewer', '李审核')
  const ids: string[] = []
  for (const [i, s] of STANDARD.entries()) ids.push((await submitFiling(e2e.call, upload, { ...s, owner: i === 1 ? 'demo-applicant-b' : 'demo-applicant-a' })).id)
  // Two approved (one of them returned first), leads in two towns and platforms, one urged.
  const f0 = await e2e.call('demo-reviewer', 'staff', 'get', { id: ids[0] })
  await e2e.call('demo-reviewer', 'staff', 'decide', { id: ids[0], version: f0.version, decision: { decision: 'approve' } })
  const f1 = await e2e.call('demo-reviewer', 'staff', 'get', { id: ids[1] })
  await e2e.call('demo-reviewer', 'staff', 'decide', { id: ids[1], version: f1.version, decision: { decision: 'return', reasons: [{ field: 'documents.id_front', reason: '照片模糊，请重新拍摄' }] } })
  await e2e.call('demo-reviewer', 'staff', 'lead-import', { listName: '平台名单', rows: [
    { platform: 'douyin', accountName: '三埠夜市', town: '440783001' },
    { platform: 'kuaishou', accountName: '赤坎小吃', town: '440783108' },
    { platform: 'douyin', accountName: '无镇街的号' }
  ] })
}, 180_000)
afterAll(async () => { await e2e?.close() })

/** Non-white, non-transparent pixels in the canvas of one chart card (what F2 drew). */
async function inkedPixels (page: Page, testId: string): Promise<number> {
  return page.locator(`[data-testid="${testId}"] canvas`).first().evaluate((el) => {
    const c = el as HTMLCanvasElement
    const ctx = c.getContext('2d')
    if (!ctx || c.width === 0 || c.height === 0) return 0
    const d = ctx.getImageData(0, 0, c.width, c.height).data
    let n = 0
    for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) n++
    return n
  })
}

/** Re-reads until `ok(value)` or the time is up (F2 paints on the next frames); returns the last value. */
async function settle<T> (read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms
  let v = await read()
  while (!ok(v) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100))
    v = await read()
  }
  return v
}

/** The coverage table of a chart card: label → [filed, unfiled]. */
async function coverageTable (page: Page, testId: string): Promise<Record<string, [number, number]>> {
  const rows = await page.locator(`[data-testid="${testId}"] .chart__row`).allInnerTexts()
  return Object.fromEntries(rows.map((r) => r.split('\n').map((x) => x.trim()).filter(Boolean)).map(([label, pair]) => {
    const [filed, unfiled] = pair.split('/').map((x) => Number(x.trim()))
    return [label, [filed, unfiled]]
  }))
}

describe('director\'s dashboard in the h5 build', () => {
  test('when the admin opens 统计, then the charts are drawn and the numbers equal the database\'s counts', async () => {
    const page = await e2e.phone('demo-admin')
    await page.goto(`${e2e.server.url}/pages/review/index`)
    await touch(page.locator('[data-testid="open-stats"]'))
    await page.waitForURL(/packages\/admin\/pages\/stats/)
    await page.locator('[data-testid="director"]').waitFor()
    for (const id of ['chart-coverage-town', 'chart-coverage-platform', 'chart-funnel', 'chart-status']) {
      await page.locator(`[data-testid="${id}"][data-drawn="yes"]`).waitFor()
      expect(await settle(() => inkedPixels(page, id), (n) => n > 500)).toBeGreaterThan(500)
    }
    await e2e.shot(page, 'dashboard-01-director')

    const month = localDate(new Date(), kaipingConfig.timezone).slice(0, 7)
    const { from, to } = monthRange(month, kaipingConfig.timezone)
    const db = new Database(path.join(e2e.dataDir, 'filing.sqlite'), { readonly: true })
    const sql = dashboardFromSql(db, from, to)
    db.close()
    const town = (code: string) => kaipingConfig.towns.find((t) => t.code === code)?.name ?? code
    const byTown = await coverageTable(page, 'chart-coverage-town')
    const codes = new Set([...Object.keys(sql.filedByTown), ...Object.keys(sql.unfiledByTown)])
    expect(Object.keys(byTown).sort()).toEqual([...codes].map(town).sort())
    for (const code of codes) expect(byTown[town(code)]).toEqual([sql.filedByTown[code] ?? 0, sql.unfiledByTown[code] ?? 0])
    const byPlatform = await coverageTable(page, 'chart-coverage-platform')
    expect(byPlatform['抖音']).toEqual([sql.filedByPlatform.douyin ?? 0, sql.unfiledByPlatform.douyin ?? 0])
    expect(byPlatform['快手']).toEqual([sql.filedByPlatform.kuaishou ?? 0, sql.unfiledByPlatform.kuaishou ?? 0])
    const filedTotal = Object.values(sql.filedByPlatform).reduce((a, b) => a + b, 0)
    const unfiledTotal = Object.values(sql.unfiledByPlatform).reduce((a, b) => a + b, 0)
    await expect(page.locator('[data-testid="coverage-total"]').innerText()).resolves.toContain(`已备案 ${filedTotal}，未备案线索 ${unfiledTotal}`)
    await expect(page.locator('[data-testid="late-line"]').innerText()).resolves.toContain(`累计提交 ${sql.submitted} 件，其中逾期 ${sql.late} 件`)
    const funnel = await page.locator('[data-testid="chart-funnel"] .chart__row').allInnerTexts()
    expect(funnel.map((r) => r.replace(/\s+/g, ''))).toEqual(expect.arrayContaining([`发现线索${sql.leads}`, `立案${sql.cases}`]))
    const reviewers = await page.locator('[data-testid="chart-reviewers"] .chart__row').allInnerTexts()
    expect(reviewers.join(' ')).toContain('李审核')
    expect(Object.values(sql.decisionsByReviewer)).toEqual([2])
  }, 120_000)

  test('when a reviewer opens 统计, then the four statistics charts draw too, without the director\'s part', async () => {
    const page = await e2e.phone('demo-reviewer')
    await page.goto(`${e2e.server.url}/packages/admin/pages/stats/index`)
    for (const id of ['chart-status', 'chart-platform', 'chart-town', 'chart-week']) {
      await page.locator(`[data-testid="${id}"][data-drawn="yes"]`).waitFor()
      expect(await settle(() => inkedPixels(page, id), (n) => n > 300)).toBeGreaterThan(300)
    }
    await expect(page.locator('[data-testid="director"]').count()).resolves.toBe(0)
    await e2e.shot(page, 'dashboard-02-reviewer')
  }, 60_000)
})
