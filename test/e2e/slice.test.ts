import { startE2E, type E2E } from './harness'
import { byId, next, pick, stepIs, type, until, visibleText, touch } from './journey-steps'

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 180_000)
afterAll(async () => { await e2e?.close() })

describe('vertical slice in the h5 build', () => {
  test('when an applicant creates a draft, then it is listed in 我的备案 after a reload', async () => {
    const page = await e2e.phone('demo-applicant-a')
    await page.goto(`${e2e.server.url}/pages/home/index`)
    await touch(byId(page, 'start-filing'))
    await stepIs(page, 1)
    await touch(byId(page, 'subject.type-individual'))
    await type(page, 'subject.name', '张三丰')
    await type(page, 'subject.idNumber', '440783199001011230')
    await type(page, 'subject.phone', '13800138000')
    await pick(page, 'subject.town')
    await type(page, 'subject.address', '开平市三埠街道港口路1号')
    await touch(byId(page, 'operator.sameAsSubject-same'))
    await e2e.shot(page, 'slice-01-new-draft')
    // 下一步 saves the draft to the cloud (the wizard has no separate save button).
    await next(page, 2)
    await until(async () => (await byId(page, 'sync-state').textContent()) ?? '', (t) => t.includes('已同步到云端'))
    // Back to the home page, then the 我的备案 tab, as a person would.
    await page.goBack()
    await page.waitForURL(/pages\/home\/index/)
    await touch(visibleText(page, '我的备案', true))
    await page.waitForURL(/pages\/filings\/index/)
    await page.reload()
    const row = page.locator('[data-testid="filing-row"] >> visible=true').first()
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain('草稿')
    await expect(row.textContent()).resolves.toContain('张*')
    await e2e.shot(page, 'slice-02-my-filings')
  }, 300_000)

  test('when the health endpoint is asked, then the local server answers with its functions', async () => {
    const res = await fetch(`${e2e.server.url}/healthz`)
    const body = await res.json() as { ok: boolean, functions: string[] }
    expect(res.status).toBe(200)
    expect(body.ok).toBe(true)
    expect(body.functions).toEqual(['applicant', 'staff', 'public', 'system'])
  })
})
