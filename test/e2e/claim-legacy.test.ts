/**
 * An imported legacy filing is claimed and amended, as a person would, in real Chromium on the h5
 * build (normal and large font; axe-core on the new screens): the admin imports the old register
 * (its spreadsheet uploaded and imported through the local server), the operator answers the
 * self-check's 原来备案过，备案信息有更改, claims the filing by its old number and ID number, opens it
 * and amends it through the wizard (photos with the fake camera), and the amendment is under review
 * while the old number stays valid.
 */
import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { byId, inputOf, next, photograph, sign, stepIs, touchToOpen, until, visibleText, touch } from './journey-steps'
import { legacyRow, legacyWorkbook, residentId } from '../backend/support/legacy'

const AXE = require.resolve('axe-core/axe.min.js')
let e2e: E2E

beforeAll(async () => {
  e2e = await startE2E()
  const rows = [legacyRow(41), legacyRow(42)]
  const loc = await e2e.call<{ cloudPath: string }>('demo-admin', 'staff', 'import-upload-location', {})
  const put = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(loc.cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'x-demo-openid': 'demo-admin' },
    body: await legacyWorkbook(rows)
  })
  const uploaded = (await put.json()) as { ok: boolean; data: { fileId: string } }
  if (!uploaded.ok) throw new Error(`upload failed: ${JSON.stringify(uploaded)}`)
  const report = await e2e.call<{ written: number }>('demo-admin', 'staff', 'legacy-import', { fileId: uploaded.data.fileId, confirm: true })
  if (report.written !== 2) throw new Error(`import wrote ${report.written}`)
}, 120_000)
afterAll(async () => { await e2e?.close() })

async function axeViolations (page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE })
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string, nodes: unknown[] }> }> } }
    const r = await w.axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`)
  })
}

async function claimAndAmend (largeFont: boolean): Promise<void> {
  const n = largeFont ? 42 : 41
  const owner = largeFont ? 'demo-applicant-b' : 'demo-applicant-a'
  const number = `KP-OLD-000${n}`
  const suffix = largeFont ? '-large' : ''
  const page = await e2e.phone(owner, { largeFont })
  const shot = (name: string) => e2e.shot(page, `claim-legacy${suffix}-${name}`)
  const font = largeFont ? '?font=large' : ''

  // The self-check's “changed since an earlier filing” answer leads to the claim, not a new filing.
  await page.goto(`${e2e.server.url}/packages/wizard/pages/selfcheck/index${font}`)
  for (const q of ['registeredInCity', 'operatorLivesInCity', 'publishesLocalNews', 'contentMostlyLocal']) await touch(byId(page, `selfcheck.${q}-no`))
  await touch(byId(page, 'selfcheck.previouslyFiledAndChanged-yes'))
  await touch(byId(page, 'selfcheck-run'))
  await byId(page, 'selfcheck-changed').waitFor()
  // The page scrolls to the verdict; a tap while it still moves only stops the scroll.
  await touchToOpen(byId(page, 'selfcheck-claim'), /pages\/claim\/index/)
  await byId(page, 'claim-submit').waitFor()
  expect(await axeViolations(page)).toEqual([])
  await shot('01-claim')

  await inputOf(page, 'filingNumber').fill(number)
  await inputOf(page, 'identity').fill(residentId(n === 41 ? 42 : 41))
  await touch(byId(page, 'claim-submit'))
  await byId(page, 'claim-failure').waitFor()
  expect(await axeViolations(page)).toEqual([])
  await shot('02-no-match')

  await inputOf(page, 'identity').fill(residentId(n))
  await touch(byId(page, 'claim-submit'))
  await byId(page, 'claim-done').waitFor()
  expect(await page.textContent('body')).toContain(number)
  expect(await axeViolations(page)).toEqual([])
  await shot('03-claimed')

  await touch(byId(page, 'claim-open'))
  await page.waitForURL(/pages\/detail\/index/)
  await touch(byId(page, 'amend'))
  await stepIs(page, 1)
  await next(page, 2)
  const followers = inputOf(page, 'accounts.0.followers')
  await followers.fill('26000')
  await next(page, 3)
  // The old register had no photos: the amendment brings them.
  await photograph(page, 'id_front')
  await photograph(page, 'id_back')
  await next(page, 4)
  await touch(byId(page, 'commitment-accept'))
  await sign(page)
  await next(page, 5)
  await touch(byId(page, 'submit'))
  await byId(page, 'submit-done').waitFor()
  await shot('04-amended')

  const rec = await until(
    () => e2e.call<{ items: Array<{ filingNumber: string | null; status: string }> }>(owner, 'applicant', 'list-mine', {}),
    (r) => r.items.some((i) => i.filingNumber === number && i.status === 'amending')
  )
  expect(rec.items.find((i) => i.filingNumber === number)).toMatchObject({ status: 'amending' })
  // The old number stays valid for the public while the change is reviewed.
  const lookup = await e2e.call<{ items: Array<{ status: string }> }>('demo-applicant-a', 'public', 'lookup', { filingNumber: number })
  expect(lookup.items[0]).toMatchObject({ status: 'approved' })
  await visibleText(page, '提交成功').count()
}

describe('an imported legacy filing is claimed and amended', () => {
  test('when the operator claims it by old number and ID number and amends it (normal font), then the amendment is under review under the old number', async () => {
    await claimAndAmend(false)
  }, 300_000)

  test('when the same is done at the largest font, then it works the same', async () => {
    await claimAndAmend(true)
  }, 300_000)
})
