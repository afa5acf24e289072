/**
 * The finger every journey uses (`touch` in journey-steps), on plain pages that move the way the
 * app's pages do under load: content that shifts under a touch, a scroll that starts late and runs
 * in timer steps (Taro's pageScrollTo). A touch must activate its target exactly once.
 */
import { chromium, type Browser, type Page } from 'playwright-core'
import { touch } from './journey-steps'

let browser: Browser

beforeAll(async () => {
  const executablePath = process.env.CHROMIUM_PATH
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the e2e tests through `npm test`, which finds or installs Chromium')
  browser = await chromium.launch({ executablePath, args: ['--headless=new', '--no-sandbox', '--disable-gpu'], headless: true })
}, 60_000)
afterAll(async () => { await browser?.close() })

async function phonePage (html: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  await page.setContent(`<!doctype html><meta name="viewport" content="width=device-width"><body style="margin:0">${html}</body>`)
  return page
}

/** Clicks each element received, by id (the target and whatever else a touch might hit). */
const clicks = (page: Page) => page.evaluate(() => (window as unknown as { clicks: Record<string, number> }).clicks)

const COUNT = `<script>
  window.clicks = {}
  document.addEventListener('click', (e) => { const id = e.target.id || 'page'; window.clicks[id] = (window.clicks[id] || 0) + 1 })
</script>`

describe('touch', () => {
  it('when the page holds still, then the target is activated exactly once', async () => {
    const page = await phonePage(`<div style="height:900px"></div><button id="target" data-testid="t" style="height:60px;width:200px">办理</button><div style="height:900px"></div>${COUNT}`)
    await touch(page.locator('#target'))
    expect(await clicks(page)).toEqual({ target: 1 })
  })

  it('when the content shifts under the finger as it touches, then the missed touch is repeated where the target now is, and the target is activated once', async () => {
    const page = await phonePage(`<div id="spacer"></div><button id="target" style="height:60px;width:200px">办理</button><div id="below" style="height:1500px"></div>${COUNT}
      <script>
        let first = true
        document.addEventListener('touchstart', () => { if (first) { first = false; document.getElementById('spacer').style.height = '300px' } }, { capture: true })
      </script>`)
    await touch(page.locator('#target'))
    const seen = await clicks(page)
    expect(seen.target).toBe(1)
    // The first touch did land somewhere else: the page moved under it.
    expect(Object.keys(seen).length).toBe(2)
  })

  it('when the page starts its own stepped scroll 50 ms after it appears, then the touch waits for it to end and lands on the target', async () => {
    const page = await phonePage(`<div style="height:400px"></div><button id="target" style="height:60px;width:200px">办理</button><div id="below" style="height:3000px"></div>${COUNT}
      <script>
        window.go = () => setTimeout(() => {
          const from = document.scrollingElement.scrollTop
          const to = from + 900
          let step = 0
          const tick = () => { step++; document.scrollingElement.scrollTop = from + (to - from) * step / 18; if (step < 18) setTimeout(tick, 17) }
          tick()
        }, 50)
      </script>`)
    await page.evaluate(() => (window as unknown as { go: () => void }).go())
    await touch(page.locator('#target'))
    expect((await clicks(page)).target).toBe(1)
  })
})
