/**
 * The staff intake screens in real Chromium on the h5 build, as staff would use them (normal and
 * large font; axe-core on every new state):
 * - an admin imports the office's old register: a file with one bad row gets a report naming the
 *   row and column, and since the import is all or nothing, no 确认导入 is offered and nothing is
 *   written; the corrected file is checked and imported;
 * - a register larger than one call is imported in calls with its progress shown; a call cut off
 *   stops with the error and 继续导入, which finishes the import;
 * - a reviewer enters (代录入) a company's paper filing through the wizard's steps: PDF scans of the
 *   licence and the stamped form from the file picker, ID photos with the fake camera; the review
 *   screen tells the enterer why they cannot decide it; the admin approves it, then issues a claim
 *   code and withdraws it.
 */
import type { Page } from 'playwright-core'
import { paths } from '../../src/core/routes'
import { startE2E, type E2E } from './harness'
import { byId, confirmDialog, photograph, pick, settled, STATE_WAIT_MS, type, until, visibleText, touch } from './journey-steps'
import { axeViolations } from './support/axe'
import { makeReviewer } from '../weapp/admin-fixtures'
import { legacyRow, legacyWorkbook } from '../backend/support/legacy'
import { makePdf } from '../support/pdf'

jest.setTimeout(400_000)

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let e2e: E2E
beforeAll(async () => {
  e2e = await startE2E()
  await makeReviewer(e2e.call, 'demo-admin', 'demo-reviewer', '李审核')
}, 120_000)
afterAll(async () => { await e2e?.close() })

const withFont = (url: string, large: boolean) => (large ? `${url}${url.includes('?') ? '&' : '?'}font=large` : url)

async function pickRegister (page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await touch(byId(page, 'import-pick'))
  await (await chooser).setFiles({ name, mimeType: XLSX, buffer })
}

for (const large of [false, true]) {
  test(`when an admin imports a register with one bad row${large ? ' (large font)' : ''}, then the report names the row and column and nothing is written; the corrected register is imported`, async () => {
    const base = large ? 60 : 50
    const tag = large ? '-large' : ''
    const page = await e2e.phone('demo-admin', { largeFont: large })
    await page.goto(`${e2e.server.url}${withFont(paths.review(), large)}`)
    await touch(byId(page, 'open-import'))
    await byId(page, 'import-template').waitFor({ timeout: STATE_WAIT_MS })

    const download = page.waitForEvent('download')
    await touch(byId(page, 'import-template'))
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/)

    const rows = [legacyRow(base + 1), legacyRow(base + 2), legacyRow(base + 3)]
    await pickRegister(page, '旧台账.xlsx', await legacyWorkbook(rows.map((r, i) => (i === 1 ? { ...r, '账号·粉丝数': '很多' } : r))))
    const problems = byId(page, 'import-problems')
    await problems.waitFor({ timeout: STATE_WAIT_MS })
    const report = (await problems.textContent()) ?? ''
    expect(report).toContain('发现 1 处问题，本次不会写入任何数据')
    expect(report).toMatch(/第 3 行 · 账号·粉丝数：/)
    // All or nothing: the good rows cannot be confirmed on their own.
    expect(await page.locator('[data-testid="import-confirm"] >> visible=true').count()).toBe(0)
    const none = await e2e.send('demo-admin', 'public', 'lookup', { filingNumber: `KP-OLD-000${base + 1}` })
    expect(none.body.ok === true ? none.body.data.items : []).toHaveLength(0)
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await e2e.shot(page, `intake-import-01-problems${tag}`)

    await pickRegister(page, '旧台账-已改.xlsx', await legacyWorkbook(rows))
    await byId(page, 'import-ready').waitFor({ timeout: STATE_WAIT_MS })
    expect(await byId(page, 'import-ready').textContent()).toContain('检查通过：3 件备案可以导入')
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await e2e.shot(page, `intake-import-02-ready${tag}`)
    await touch(byId(page, 'import-confirm'))
    await confirmDialog(page, '确认导入')
    await byId(page, 'import-done').waitFor({ timeout: STATE_WAIT_MS })
    expect(await byId(page, 'import-done').textContent()).toContain('已导入 3 件备案')
    await settled(page)
    expect(await axeViolations(page)).toEqual([])
    await e2e.shot(page, `intake-import-03-done${tag}`)
    const found = await e2e.call<{ items: Array<{ status: string }> }>('demo-admin', 'public', 'lookup', { filingNumber: `KP-OLD-000${base + 1}` })
    expect(found.items[0]).toMatchObject({ status: 'approved' })
    await page.context().close()
  })
}

test('when an admin imports a register larger than one call and the connection drops between calls, then the screen shows the progress and the error, and 继续导入 finishes it', async () => {
  // 450 filings: three confirmed calls of at most LEGACY_CALL_FILINGS (200); the second one is cut off.
  const rows = Array.from({ length: 450 }, (_, i) => legacyRow(3001 + i))
  const page = await e2e.phone('demo-admin')
  let confirmed = 0
  await page.route('**/api/staff', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { action?: string, input?: { confirm?: boolean } }
    if (body.action === 'legacy-import' && body.input?.confirm === true && ++confirmed === 2) return route.abort('internetdisconnected')
    return route.continue()
  })
  await page.goto(`${e2e.server.url}${paths.review()}`)
  await touch(byId(page, 'open-import'))
  await pickRegister(page, '大台账.xlsx', await legacyWorkbook(rows))
  await byId(page, 'import-ready').waitFor({ timeout: STATE_WAIT_MS })
  expect(await byId(page, 'import-ready').textContent()).toContain('检查通过：450 件备案可以导入')
  await touch(byId(page, 'import-confirm'))
  await confirmDialog(page, '确认导入')

  await byId(page, 'import-resume').waitFor({ timeout: STATE_WAIT_MS })
  expect(await byId(page, 'import-progress').textContent()).toContain('已导入 200 / 450 件')
  expect(await byId(page, 'import-error').textContent()).not.toBe('')
  await settled(page)
  expect(await axeViolations(page)).toEqual([])
  await e2e.shot(page, 'intake-import-04-interrupted')

  await touch(byId(page, 'import-resume'))
  await byId(page, 'import-done').waitFor({ timeout: STATE_WAIT_MS })
  expect(await byId(page, 'import-done').textContent()).toContain('已导入 450 件备案')
  expect(confirmed).toBe(4)
  const found = await e2e.call<{ items: Array<{ status: string }> }>('demo-admin', 'public', 'lookup', { filingNumber: 'KP-OLD-03450' })
  expect(found.items[0]).toMatchObject({ status: 'approved' })
  await page.context().close()
})

const ENTRY = /packages\/admin\/pages\/entry/
async function entryStep (page: Page, n: number): Promise<void> {
  await visibleText(page, `第${n}步，共4步`).waitFor({ timeout: STATE_WAIT_MS })
}
async function scan (page: Page, kind: string, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await touch(byId(page, `document-pdf-${kind}`))
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: makePdf({ pages: 1 }) })
  await until(() => byId(page, `document-count-${kind}`).textContent(), (t) => (t ?? '').includes('已上传 1 页'))
}

test('when a reviewer enters a paper filing with scans, then it waits for another staff member, who approves it and issues and withdraws a claim code', async () => {
  const page = await e2e.phone('demo-reviewer')
  await page.goto(`${e2e.server.url}${paths.review()}`)
  await touch(byId(page, 'open-entry'))
  await entryStep(page, 1)
  expect(await page.locator('[data-testid="open-import"] >> visible=true').count()).toBe(0)
  await touch(byId(page, 'subject.type-company'))
  await type(page, 'subject.name', '开平市纸质材料科技有限公司')
  await type(page, 'subject.uscc', '91350100M000100Y43')
  await type(page, 'subject.legalRepresentative', '李法人')
  await type(page, 'subject.phone', '07502268000')
  await type(page, 'subject.email', 'paper@example.com')
  await pick(page, 'subject.town', '长沙街道')
  await type(page, 'subject.address', '开平市长沙街道幕沙路1号')
  await type(page, 'operator.name', '李运维')
  await type(page, 'operator.idNumber', '440783199001011230')
  await type(page, 'operator.phone', '13800138000')
  await settled(page)
  expect(await axeViolations(page)).toEqual([])
  await e2e.shot(page, 'intake-entry-01-subject')
  await touch(byId(page, 'wizard-next'))
  await entryStep(page, 2)

  await touch(byId(page, 'add-self_media'))
  await pick(page, 'accounts.0.platform', '微信公众号')
  await type(page, 'accounts.0.accountName', '开平纸质公众号')
  await type(page, 'accounts.0.accountId', 'kp_paper_mp')
  await type(page, 'accounts.0.followers', '6400')
  await pick(page, 'accounts.0.openedOn')
  await pick(page, 'accounts.0.category')
  await touch(byId(page, 'wizard-next'))
  await entryStep(page, 3)

  await scan(page, 'license', '营业执照.pdf')
  await photograph(page, 'id_front', undefined, ENTRY)
  await photograph(page, 'id_back', undefined, ENTRY)
  await scan(page, 'registration_form', '登记备案表（盖章）.pdf')
  await settled(page)
  expect(await axeViolations(page)).toEqual([])
  await e2e.shot(page, 'intake-entry-02-scans')
  await touch(byId(page, 'wizard-next'))
  await entryStep(page, 4)

  // The channel must be chosen: submitting without it says so.
  await touch(byId(page, 'entry-submit'))
  await visibleText(page, '请选择材料来源').waitFor({ timeout: STATE_WAIT_MS })
  await touch(byId(page, 'channel-paper'))
  await settled(page)
  expect(await axeViolations(page)).toEqual([])
  await e2e.shot(page, 'intake-entry-03-channel')
  await touch(byId(page, 'entry-submit'))
  await byId(page, 'entry-done').waitFor({ timeout: STATE_WAIT_MS })
  await settled(page)
  expect(await axeViolations(page)).toEqual([])
  await e2e.shot(page, 'intake-entry-04-done')

  // The enterer's own review screen: where it came from, and why they cannot decide it.
  await touch(byId(page, 'entry-open'))
  await byId(page, 'intake-card').waitFor({ timeout: STATE_WAIT_MS })
  expect(await byId(page, 'intake-channel').textContent()).toContain('纸质材料（邮寄）')
  expect(await byId(page, 'intake-entered-by').textContent()).toContain('李审核')
  expect(await byId(page, 'recusal').textContent()).toContain('这份备案由您代为录入，需回避')
  expect(await page.locator('[data-testid="decide-approve"] >> visible=true').count()).toBe(0)
  await settled(page)
  expect(await axeViolations(page)).toEqual([])
  await e2e.shot(page, 'intake-entry-05-recused')
  const id = new URL(page.url()).searchParams.get('id') ?? ''
  expect(id).not.toBe('')
  await page.context().close()

  // Another staff member decides it and hands the owner a claim code.
  const admin = await e2e.phone('demo-admin')
  await admin.goto(`${e2e.server.url}${paths.adminDetail(id)}`)
  await byId(admin, 'decide-approve').waitFor({ timeout: STATE_WAIT_MS })
  await touch(byId(admin, 'decide-approve'))
  await confirmDialog(admin, '通过')
  await byId(admin, 'filing-number').waitFor({ timeout: STATE_WAIT_MS })
  await touch(byId(admin, 'claim-code-issue'))
  await byId(admin, 'claim-code-shown').waitFor({ timeout: STATE_WAIT_MS })
  const code = ((await byId(admin, 'claim-code-value').textContent()) ?? '').trim()
  expect(code).toMatch(/^[A-Z0-9]{8}$/)
  await settled(admin)
  expect(await axeViolations(admin)).toEqual([])
  await e2e.shot(admin, 'intake-claim-01-code')
  await touch(byId(admin, 'claim-code-revoke'))
  await confirmDialog(admin, '作废')
  await until(() => byId(admin, 'claim-code-state').textContent(), (t) => (t ?? '').includes('当前没有有效的认领码'))
  expect(await axeViolations(admin)).toEqual([])
  // The withdrawn code no longer claims anything.
  const claim = await e2e.send('demo-applicant-a', 'applicant', 'claim-filing', { code, identity: '91350100M000100Y43' })
  expect(claim.body).toMatchObject({ ok: false })
  await admin.context().close()
})
