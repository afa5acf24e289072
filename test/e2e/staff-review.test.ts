import os from 'node:os'
import path from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { confirmDialog, inputOf, STATE_WAIT_MS, touch } from './journey-steps'
import { STANDARD, makeReviewer, submitFiling, type CallAs, type UploadAs } from '../weapp/admin-fixtures'

let e2e: E2E
let call: CallAs
let upload: UploadAs
const ids: Record<string, string> = {}

beforeAll(async () => {
  e2e = await startE2E()
  call = e2e.call
  upload = async (openid, cloudPath, bytes, contentType) => {
    const res = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST', headers: { 'content-type': contentType, 'x-demo-openid': openid }, body: bytes
    })
    const body = await res.json() as { ok: boolean, data: { fileId: string } }
    if (!body.ok) throw new Error(`upload failed: ${JSON.stringify(body)}`)
    return (await call(openid, 'applicant', 'ingest-document', { fileId: body.data.fileId })).fileId
  }
  // Applicants file over HTTP as the mini-program would; the admin invites a reviewer.
  for (const [i, s] of STANDARD.entries()) {
    ids[s.accountName] = (await submitFiling(call, upload, { ...s, owner: i === 1 ? 'demo-applicant-b' : 'demo-applicant-a' })).id
  }
  await makeReviewer(call, 'demo-admin', 'demo-reviewer', '李审核')
}, 120_000)
afterAll(async () => { await e2e?.close() })

/** Waits until `read()` equals `want` (the page renders asynchronously); fails with the last value. */
async function until<T> (read: () => Promise<T>, want: T, ms = STATE_WAIT_MS): Promise<void> {
  const end = Date.now() + ms
  let last: T = await read()
  while (JSON.stringify(last) !== JSON.stringify(want) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100))
    last = await read()
  }
  expect(last).toEqual(want)
}
const contains = async (read: () => Promise<string | null>, part: string) => { await until(async () => ((await read()) ?? '').includes(part), true) }

const rows = (page: Page) => page.locator('[data-testid="queue-row"]')

describe('staff review in the h5 build', () => {
  test('when a reviewer filters by platform, reveals the ID and returns the filing with two field reasons, then the applicant sees both reasons', async () => {
    const page = await e2e.phone('demo-reviewer')
    await page.goto(`${e2e.server.url}/pages/review/index`)
    await touch(page.locator('[data-testid="open-queue"]'))
    await page.waitForURL(/packages\/admin\/pages\/queue/)
    await until(() => rows(page).count(), 3)
    await e2e.shot(page, 'staff-01-queue')

    await touch(page.locator('[data-testid="filters-toggle"]'))
    await touch(page.locator('[data-testid="filter-platform"]').getByText('快手', { exact: true }))
    await until(() => rows(page).count(), 1)
    await expect(rows(page).first().textContent()).resolves.toContain('赤坎古镇日常')
    await e2e.shot(page, 'staff-02-queue-filtered')

    await touch(rows(page).first())
    await page.waitForURL(/packages\/admin\/pages\/detail/)
    const idText = page.locator('[data-testid="id-subject.idNumber"]')
    await expect(idText.textContent()).resolves.toBe('440783********4562')
    await touch(page.locator('[data-testid="reveal-subject.idNumber"]'))
    await until(() => idText.textContent(), '440783198512314562')
    const filingId = ids['赤坎古镇日常']
    const audit = await e2e.server.runtime.store.audit.listByFiling(filingId)
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'reveal', actorOpenid: 'demo-reviewer', detail: expect.objectContaining({ field: 'subject.idNumber' }) })]))
    await e2e.shot(page, 'staff-03-detail-revealed')

    await touch(page.locator('[data-testid="decide-return"]'))
    await touch(page.locator('[data-testid="pick-subject.phone"]'))
    await touch(page.locator('[data-testid="return-form"]').getByText('联系电话无法接通，请核对', { exact: true }).first())
    await touch(page.locator('[data-testid="pick-accounts.0.followers"]'))
    await inputOf(page, 'reason-accounts.0.followers').fill('粉丝数截图与填写不符，请重新核对')
    await e2e.shot(page, 'staff-04-return-form')
    await touch(page.locator('[data-testid="return-submit"]'))
    await confirmDialog(page, '退回')
    await contains(() => page.locator('[data-testid="notice"]').textContent(), '已退回')
    await e2e.shot(page, 'staff-05-returned')

    const mine = await call('demo-applicant-b', 'applicant', 'get-filing', { id: filingId })
    expect(mine.status).toBe('returned')
    expect(mine.returnReasons).toEqual(expect.arrayContaining([
      { field: 'subject.phone', reason: '联系电话无法接通，请核对' },
      { field: 'accounts.0.followers', reason: '粉丝数截图与填写不符，请重新核对' }
    ]))
    expect(mine.returnReasons).toHaveLength(2)

    // The applicant's own detail page shows both reasons.
    const applicant = await e2e.phone('demo-applicant-b')
    await applicant.goto(`${e2e.server.url}/packages/filing/pages/detail/index?id=${filingId}`)
    const reasons = applicant.locator('[data-testid="return-reasons"]')
    await reasons.waitFor()
    await expect(reasons.textContent()).resolves.toContain('联系电话无法接通，请核对')
    await expect(reasons.textContent()).resolves.toContain('粉丝数截图与填写不符，请重新核对')
    await e2e.shot(applicant, 'staff-06-applicant-sees-reasons')
  }, 300_000)

  test('when an admin exports the 已通过 list, then the .xlsx has a Chinese header and one masked row per approved account, as in the database', async () => {
    for (const name of ['开平美食探店', '三埠生活圈']) {
      const cur = await call('demo-admin', 'staff', 'get', { id: ids[name] })
      await call('demo-admin', 'staff', 'decide', { id: ids[name], version: cur.version, decision: { decision: 'approve' } })
    }
    const page = await e2e.phone('demo-admin')
    await page.goto(`${e2e.server.url}/packages/admin/pages/queue/index?tab=approved`)
    await until(() => rows(page).count(), 2)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'filing-export-'))
    try {
      const download = page.waitForEvent('download')
      await touch(page.locator('[data-testid="export-xlsx"]'))
      const file = path.join(dir, (await download).suggestedFilename())
      await (await download).saveAs(file)
      expect(file).toMatch(/\.xlsx$/)
      await e2e.shot(page, 'staff-07-exported')
      // Delivered once, then gone from the server (the audit entry stays).
      const [audit] = await e2e.server.runtime.store.audit.listByAction('export', 1)
      const row = await e2e.server.runtime.store.trackedFiles.get(String(audit.detail.exportId))
      expect(row).not.toBeNull()
      expect(await e2e.server.runtime.files.read(row!.fileId)).toBeNull()

      const wb = new ExcelJS.Workbook()
      await wb.xlsx.readFile(file)
      const ws = wb.worksheets[0]
      const header = (ws.getRow(1).values as unknown[]).slice(1)
      expect(header).toEqual(expect.arrayContaining(['备案号', '状态', '主体名称', '身份证号码', '账号名称']))
      const col = (h: string) => header.indexOf(h) + 1
      const data = []
      for (let r = 2; r <= ws.rowCount; r++) {
        const row = ws.getRow(r)
        data.push({ number: row.getCell(col('备案号')).text, status: row.getCell(col('状态')).text, name: row.getCell(col('主体名称')).text, id: row.getCell(col('身份证号码')).text, account: row.getCell(col('账号名称')).text })
      }
      const page1 = await e2e.server.runtime.store.filings.queue({ statuses: ['approved'] }, null, 100)
      const expected = page1.items.map((rec) => ({ number: rec.filingNumber, account: rec.index.accountNames[0] }))
      expect(data.map((d) => ({ number: d.number, account: d.account }))).toEqual(expected)
      expect(data.every((d) => d.status === '已通过')).toBe(true)
      // Masked: no full name, no full ID number.
      expect(data.map((d) => d.name).sort()).toEqual(['张**', '王*'])
      expect(data.every((d) => /^\d{6}\*{8}[\dX]{4}$/.test(d.id))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)

  test('when an applicant calls a staff action over HTTP, then it is refused as forbidden', async () => {
    const { body } = await e2e.send('demo-applicant-a', 'staff', 'queue', {})
    expect(body.ok).toBe(false)
    expect(body.error.code).toBe('forbidden')
  })

  test('when an applicant opens the 审核 tab by URL, then there is no 审核 tab and the page says it is for staff only', async () => {
    const page = await e2e.phone('demo-applicant-a')
    await page.goto(`${e2e.server.url}/pages/review/index`)
    await page.locator('[data-testid="not-staff"]').waitFor()
    await expect(page.locator('[role="navigation"] [role="link"]').allTextContents()).resolves.toEqual(['首页', '我的备案'])
  }, 200_000)
})
