/**
 * Drives the real h5 build in a real Chromium (playwright-core + the system browser, fake camera),
 * against the real local server (same cloud-function mains, SQLite in a temp dir), as a person would.
 * Screenshots go to test-results/screenshots (git-ignored).
 */
import path from 'node:path'
import os from 'node:os'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { startLocalServer, type LocalServer } from '../../local/server'
import { STATE_WAIT_MS } from './journey-steps'

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
  /**
   * After a failure: a picture of every open page and its journal (calls to the server with their
   * timing, navigations, console errors, the wizard's stored drafts), named `FAILED-<name>-<n>`.
   */
  failureReport(name: string): Promise<void>
  /** What any mini-program user can send: POST /api/<fn> as a demo identity; the raw answer. */
  send(openid: string, fn: string, action: string, input: unknown): Promise<{ status: number, body: any }>
  /** The same, for arranging and checking: the data, or an error naming the refusal. */
  call<T = any>(openid: string, fn: string, action: string, input: unknown): Promise<T>
  close(): Promise<void>
}

/** What happened on one page, line by line, for a failure report (a screenshot shows only the end). */
function keepJournal (page: Page): string[] {
  const lines: string[] = []
  const t0 = Date.now()
  const note = (s: string) => { lines.push(`${String(Date.now() - t0).padStart(7)} ms  ${s}`) }
  const action = (body: string | null) => { try { return String((JSON.parse(body ?? '{}') as { action?: unknown }).action) } catch { return '?' } }
  const started = new Map<object, number>()
  page.on('request', (r) => {
    if (!r.url().includes('/api/')) return
    started.set(r, Date.now())
    note(`→ ${r.url().replace(/^.*\/api\//, '')}/${action(r.postData())}`)
  })
  page.on('requestfinished', (r) => {
    const t = started.get(r)
    if (t !== undefined) note(`← ${r.url().replace(/^.*\/api\//, '')}/${action(r.postData())} after ${Date.now() - t} ms`)
  })
  page.on('requestfailed', (r) => { if (started.has(r)) note(`✗ ${r.url()} ${r.failure()?.errorText ?? ''}`) })
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) note(`page ${f.url()}`) })
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') note(`console.${m.type()} ${m.text()}`) })
  page.on('pageerror', (e) => note(`pageerror ${e.message}`))
  return lines
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
  const journal = new Map<Page, string[]>()
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
  const shot = async (page: Page, name: string) => { await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true }) }
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
      journal.set(page, keepJournal(page))
      page.setDefaultTimeout(STATE_WAIT_MS)
      return page
    },
    shot,
    async failureReport (name) {
      let i = 0
      for (const c of contexts) {
        for (const p of c.pages()) {
          const n = `FAILED-${name}-${i++}`
          await shot(p, n).catch(() => undefined)
          const stored = await p.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('wizard:')).map((k) => `${k} = ${localStorage.getItem(k) ?? ''}`)).catch((e: unknown) => [`(storage unreadable: ${String(e)})`])
          writeFileSync(path.join(SHOTS, `${n}.txt`), [`url ${p.url()}`, ...(journal.get(p) ?? ['(no journal)']), '', 'stored:', ...stored, ''].join('\n'))
        }
      }
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
