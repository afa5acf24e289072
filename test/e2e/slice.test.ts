import { startE2E, type E2E } from './harness'

let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 60_000)
afterAll(async () => { await e2e?.close() })

describe('vertical slice in the h5 build', () => {
  test('when an applicant creates a draft, then it is listed in 我的备案 after a reload', async () => {
    const page = await e2e.phone('demo-applicant-a')
    await page.goto(`${e2e.server.url}/pages/home/index`)
    await page.getByText('开始备案').tap()
    await page.waitForURL(/packages\/wizard\/pages\/start/)
    await page.getByText('个人', { exact: false }).first().tap()
    await page.locator('input').first().fill('张三丰')
    await e2e.shot(page, 'slice-01-new-draft')
    await page.getByText('保存草稿').tap()
    await page.waitForURL(/pages\/filings\/index/)
    await page.reload()
    const row = page.locator('[data-testid="filing-row"]').first()
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain('草稿')
    await expect(row.textContent()).resolves.toContain('张*')
    await e2e.shot(page, 'slice-02-my-filings')
  }, 60_000)

  test('when the health endpoint is asked, then the local server answers with its functions', async () => {
    const res = await fetch(`${e2e.server.url}/healthz`)
    const body = await res.json() as { ok: boolean, functions: string[] }
    expect(res.status).toBe(200)
    expect(body.ok).toBe(true)
    expect(body.functions).toEqual(['applicant', 'staff', 'public', 'system'])
  })
})
