/**
 * The README's start command, as a newcomer runs it: `npm start` builds what it needs, starts the
 * local server, prints its address, and that address shows 首页 in a real Chromium.
 */
import path from 'node:path'
import os from 'node:os'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { spawn, type ChildProcess } from 'node:child_process'
import { chromium } from 'playwright-core'
import { ROOT, SHOTS } from './harness'
import { STATE_WAIT_MS } from './journey-steps'

let child: ChildProcess | undefined
let dataDir: string

afterAll(() => {
  // npm → start.mjs → server: stop the whole process group.
  if (child?.pid) { try { process.kill(-child.pid, 'SIGTERM') } catch { /* already gone */ } }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

test('when `npm start` runs, then it prints the local address and that page shows 首页 with demo data in Chromium', async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'filing-start-'))
  mkdirSync(SHOTS, { recursive: true })
  const port = 20000 + (process.pid % 20000)
  child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env: { ...process.env, PORT: String(port), DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  let out = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start printed no address within 150 s:\n${out}`)), 150_000)
    const onData = (d: Buffer) => {
      out += d.toString()
      const m = /本地服务已启动：(http:\/\/\S+)/.exec(out)
      if (m) { clearTimeout(timer); resolve(m[1]) }
    }
    child?.stdout?.on('data', onData)
    child?.stderr?.on('data', onData)
    child?.on('exit', (code) => { clearTimeout(timer); reject(new Error(`npm start exited with ${code}:\n${out}`)) })
  })
  expect(url).toBe(`http://127.0.0.1:${port}`)

  const health = await (await fetch(`${url}/healthz`)).json() as { ok: boolean }
  expect(health.ok).toBe(true)

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] })
  try {
    const page = await (await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, locale: 'zh-CN' })).newPage()
    await page.goto(url)
    await page.getByText('开始备案').first().waitFor({ timeout: STATE_WAIT_MS })
    await expect(page.locator('body').textContent()).resolves.toContain('首页')
    await page.screenshot({ path: path.join(SHOTS, 'start-command-home.png'), fullPage: true })
    // A fresh .data/ is seeded with demo filings, so a newcomer sees a living queue.
    const mine = await (await fetch(`${url}/api/applicant`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-demo-openid': 'demo-applicant-a' }, body: JSON.stringify({ action: 'list-mine', input: {} }) })).json() as { ok: boolean, data: { items: unknown[] } }
    expect(mine.ok).toBe(true)
    expect(mine.data.items.length).toBeGreaterThan(0)
  } finally {
    await browser.close()
  }
}, 200_000)

test('when the port `npm start` wants is taken, then it says which port and how to pick another, and exits without a stack trace', async () => {
  const taken = net.createServer()
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
  const port = (taken.address() as net.AddressInfo).port
  const busyDir = mkdtempSync(path.join(os.tmpdir(), 'filing-start-busy-'))
  try {
    const run = spawn('npm', ['start', '--silent'], { cwd: ROOT, env: { ...process.env, PORT: String(port), DATA_DIR: busyDir }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    run.stdout?.on('data', (d: Buffer) => { out += d.toString() })
    run.stderr?.on('data', (d: Buffer) => { out += d.toString() })
    const code = await new Promise<number | null>((resolve) => run.on('exit', resolve))
    expect(code).toBe(1)
    expect(out).toContain(`端口 ${port} 已被占用`)
    expect(out).toContain(`PORT=${port + 1} npm start`)
    expect(out).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/) // no stack trace
    expect(out).not.toContain('本地服务已启动')
  } finally {
    await new Promise<void>((resolve) => taken.close(() => resolve()))
    rmSync(busyDir, { recursive: true, force: true })
  }
}, 200_000)
