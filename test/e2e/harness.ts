/**
 * Drives the real h5 build in a real Chromium (playwright-core + the system browser, fake camera),
 * against the real local server (same cloud-function mains, SQLite in a temp dir), as a person would.
 * Screenshots go to test-results/screenshots (git-ignored).
 */
import path from 'node:path'
import os from 'node:os'
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startLocalServer, type LocalServer } from '../../local/server'

export const ROOT = path.resolve(__dirname, '..', '..')
export const SHOTS = path.join(ROOT, 'test-results', 'screenshots')

export interface E2E {
  server: LocalServer
  browser: Browser
  dataDir: string
  /**
   * A phone-sized page acting as one demo identity. `fakeCamera`: a .y4m file the camera shows
   * (a browser of its own is launched for it: Chromium reads the file at launch).
   */
  phone(openid: string, opts?: { largeFont?: boolean, fakeCamera?: string }): Promise<Page>
  shot(page: Page, name: string): Promise<void>
  /** What any mini-program user can send: POST /api/<fn> as a demo identity; the raw answer. */
  send(openid: string, fn: string, action: string, input: unknown): Promise<{ status: number, body: any }>
  /** The same, for arranging and checking: the data, or an error naming the refusal. */
  call<T = any>(openid: string, fn: string, action: string, input: unknown): Promise<T>
  close(): Promise<void>
}

const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'
]

export async function startE2E (opts: { seedDemo?: boolean, now?: () => Date } = {}): Promise<E2E> {
  const executablePath = process.env.CHROMIUM_PATH
  if (!executablePath) throw new Error('CHROMIUM_PATH is not set: run the e2e tests through `npm test`, which finds or installs Chromium')
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'filing-e2e-'))
  mkdirSync(SHOTS, { recursive: true })
  const server = await startLocalServer({ port: 0, dataDir, h5Dir: path.join(ROOT, 'dist', 'h5'), seedDemo: opts.seedDemo ?? false, now: opts.now })
  // Playwright gives every launch a fresh, empty profile of its own.
  let browser: Browser
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true })
  } catch (e) {
    await server.close()
    throw e
  }
  const contexts: BrowserContext[] = []
  const cameraBrowsers = new Map<string, Browser>()
  const browserFor = async (fakeCamera?: string): Promise<Browser> => {
    if (fakeCamera === undefined) return browser
    let b = cameraBrowsers.get(fakeCamera)
    if (b === undefined) {
      b = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, `--use-file-for-fake-video-capture=${fakeCamera}`], headless: true })
      cameraBrowsers.set(fakeCamera, b)
    }
    return b
  }
  const send: E2E['send'] = async (openid, fn, action, input) => {
    const res = await fetch(`${server.url}/api/${fn}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-demo-openid': openid },
      body: JSON.stringify({ action, input })
    })
    return { status: res.status, body: await res.json() }
  }
  return {
    send,
    async call (openid, fn, action, input) {
      const { body } = await send(openid, fn, action, input)
      if (body.ok !== true) throw new Error(`${fn}/${action} as ${openid}: ${JSON.stringify(body.error)}`)
      return body.data
    },
    server,
    browser,
    dataDir,
    async phone (openid, { largeFont = false, fakeCamera } = {}) {
      const context = await (await browserFor(fakeCamera)).newContext({
        viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
        locale: 'zh-CN', permissions: ['camera']
      })
      contexts.push(context)
      await context.addInitScript(([id, large]) => {
        // Taro's h5 storage keeps values as JSON {data: ...}
        if (window.localStorage.getItem('demo-openid') === null) window.localStorage.setItem('demo-openid', JSON.stringify({ data: id }))
        if (large) document.documentElement.style.fontSize = '20px'
      }, [openid, largeFont] as const)
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      return page
    },
    async shot (page, name) {
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true })
    },
    async close () {
      for (const c of contexts) await c.close().catch(() => undefined)
      await browser.close().catch(() => undefined)
      for (const b of cameraBrowsers.values()) await b.close().catch(() => undefined)
      await server.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
