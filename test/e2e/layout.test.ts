/**
 * The h5 preview's frame: Taro draws its title bar above the page's own scroll container. The
 * page must take only what the bar leaves: if the two together are taller than the screen, the
 * window itself can be scrolled (by a focus, a scrollIntoView, a finger), the bar then covers the
 * page's top, and what looked like a point on a button is somewhere else for the browser.
 */
import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { atRest, byId, confirmDialog, touch } from './journey-steps'
import { STANDARD, makeReviewer, submitFiling, type UploadAs } from '../weapp/admin-fixtures'

let e2e: E2E
let filingId = ''

beforeAll(async () => {
  e2e = await startE2E()
  const upload: UploadAs = async (openid, cloudPath, bytes, contentType) => {
    const res = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST', headers: { 'content-type': contentType, 'x-demo-openid': openid }, body: bytes
    })
    const body = await res.json() as { ok: boolean, data: { fileId: string } }
    if (!body.ok) throw new Error(`upload failed: ${JSON.stringify(body)}`)
    return (await e2e.call(openid, 'applicant', 'ingest-document', { fileId: body.data.fileId })).fileId
  }
  filingId = (await submitFiling(e2e.call, upload, { ...STANDARD[0], owner: 'demo-applicant-a' })).id
  await makeReviewer(e2e.call, 'demo-admin', 'demo-reviewer', '李审核')
}, 180_000)
afterAll(async () => { await e2e?.close() })

/** Where the frame stands: how far the window and the app root are scrolled, and the page's box against the bar's. */
function frame (page: Page): Promise<{ windowScroll: number, bodyScroll: number, appScroll: number, barBottom: number, pageTop: number, pageBottom: number, viewport: number }> {
  return page.evaluate(() => {
    const bar = document.getElementById('taro-navigation-bar')?.getBoundingClientRect()
    const current = Array.from(document.querySelectorAll('.taro_page')).find((p) => (p as HTMLElement).offsetParent !== null && getComputedStyle(p).display !== 'none')
    const box = current?.getBoundingClientRect()
    return {
      windowScroll: document.scrollingElement?.scrollTop ?? 0,
      bodyScroll: document.body.scrollTop,
      appScroll: document.getElementById('app')?.scrollTop ?? 0,
      barBottom: bar?.bottom ?? 0,
      pageTop: box?.top ?? -1,
      pageBottom: box?.bottom ?? -1,
      viewport: window.innerHeight
    }
  })
}

describe.each([false, true])('the h5 frame (large font: %s)', (largeFont) => {
  test('when the reviewer opens the queue (the page slides in), then the document never grows wider than the screen and the page is not zoomed', async () => {
    const page = await e2e.phone('demo-reviewer', { largeFont })
    await page.goto(`${e2e.server.url}/pages/review/index`)
    await byId(page, 'open-queue').waitFor()
    // Watch every frame of the navigation: a page sliding in must not widen the document (a
    // phone browser then widens the layout viewport and zooms, and touches land elsewhere).
    await page.evaluate(() => {
      const w = window as unknown as { widest: number }
      w.widest = 0
      const watch = () => { w.widest = Math.max(w.widest, document.documentElement.scrollWidth, document.body.scrollWidth); requestAnimationFrame(watch) }
      watch()
    })
    await touch(byId(page, 'open-queue'))
    await page.waitForURL(/packages\/admin\/pages\/queue/)
    await page.locator('[data-testid="queue-row"] >> visible=true').first().waitFor()
    await atRest(page.locator('[data-testid="queue-row"] >> visible=true').first())
    const seen = await page.evaluate(() => ({ widest: (window as unknown as { widest: number }).widest, inner: window.innerWidth, scale: window.visualViewport?.scale ?? 1 }))
    expect(seen).toEqual({ widest: 375, inner: 375, scale: 1 })
    await page.close()
  })

  test('when the reviewer brings the decision bar into view, then the window does not scroll, the page sits wholly under the title bar, and a touch on 通过 asks for confirmation', async () => {
    const page = await e2e.phone('demo-reviewer', { largeFont })
    await page.goto(`${e2e.server.url}/packages/admin/pages/detail/index?id=${encodeURIComponent(filingId)}`)
    const approve = byId(page, 'decide-approve')
    await approve.waitFor()
    // What a focus or a finger does: every scrollable ancestor is asked to bring it into view.
    await approve.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await page.locator('[data-testid="timeline"], [data-testid="history"]').first().evaluate((el) => el.scrollIntoView({ block: 'end' })).catch(() => undefined)
    const f = await frame(page)
    expect(f.windowScroll).toBe(0)
    expect(f.bodyScroll).toBe(0)
    expect(f.appScroll).toBe(0)
    expect(f.pageTop).toBeGreaterThanOrEqual(f.barBottom - 0.5)
    expect(f.pageBottom).toBeLessThanOrEqual(f.viewport + 0.5)
    const box = (await approve.boundingBox())!
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2)
    await confirmDialog(page, '取消')
    await page.close()
  })
})
