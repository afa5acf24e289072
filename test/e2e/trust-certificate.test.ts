/**
 * The verifiable 备案证明 in the h5 build, as people use it:
 * - a forged link (the old `?n=&a=&s=` form, or a code with a made-up signature) shows 无法核验;
 * - the owner's genuine certificate carries a QR code; decoded from the page's pixels (as a
 *   phone camera would), it opens a check that the register confirms;
 * - staff scan the certificate with the camera (Chromium's fake camera shows that QR code; the
 *   page decodes frames with jsQR) and see it confirmed.
 */
import path from 'node:path'
import sharp from 'sharp'
import jsQR from 'jsqr'
import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { STATE_WAIT_MS } from './journey-steps'
import { writeStillY4m } from '../support/fake-camera'
import { STANDARD, submitFiling } from '../weapp/admin-fixtures'

jest.setTimeout(300_000)

const OWNER = 'demo-applicant-a'
const STRANGER = 'demo-applicant-b'
const REVIEWER = 'demo-admin'
let e2e: E2E
let filingId: string
let filingNumber: string

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`)

async function decodePng (png: Buffer): Promise<string | null> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}

beforeAll(async () => {
  e2e = await startE2E()
  const call = (openid: string, fn: 'applicant' | 'staff' | 'public', action: string, input: unknown) => e2e.call(openid, fn, action, input)
  const upload = async (openid: string, cloudPath: string, bytes: Buffer, contentType: string) => {
    const res = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers: { 'content-type': contentType, 'x-demo-openid': openid }, body: bytes })
    const raw = ((await res.json()) as { data: { fileId: string } }).data.fileId
    return (await e2e.call<{ fileId: string }>(openid, 'applicant', 'ingest-document', { fileId: raw })).fileId
  }
  const sub = await submitFiling(call, upload, { ...STANDARD[0], owner: OWNER })
  filingId = sub.id
  filingNumber = (await e2e.call<{ filingNumber: string }>('demo-admin', 'staff', 'decide', { id: sub.id, version: sub.version, decision: { decision: 'approve' } })).filingNumber
}, 120_000)
afterAll(async () => { await e2e?.close() })

describe('verifiable certificate in the h5 build', () => {
  test('when someone opens a forged proof link, then 无法核验 shows and none of the forged details', async () => {
    const page = await e2e.phone(STRANGER)
    const forged = new URLSearchParams({ n: '开网备2024999999', a: '假冒账号', s: '某某文化公司', d: '2024-01-01' })
    await page.goto(`${e2e.server.url}/packages/filing/pages/proof/index?${forged}`)
    const invalid = byId(page, 'proof-invalid')
    await invalid.waitFor({ timeout: STATE_WAIT_MS })
    await expect(invalid.textContent()).resolves.toContain('无法核验')
    const body = (await page.locator('body').textContent()) ?? ''
    for (const t of ['开网备2024999999', '假冒账号', '某某文化公司']) expect(body).not.toContain(t)
    expect(await byId(page, 'proof').count()).toBe(0)
    await e2e.shot(page, 'trust-cert-01-forged-link')

    // A real number with a made-up signature is no better.
    const { code } = await e2e.call<{ code: string }>(OWNER, 'applicant', 'certificate', { id: filingId })
    const tampered = code.replace(/\.[A-Za-z0-9_-]{22}\./, `.${'Q'.repeat(22)}.`)
    await page.goto(`${e2e.server.url}/packages/filing/pages/proof/index?c=${encodeURIComponent(tampered)}`)
    await byId(page, 'proof-invalid').waitFor()
    await expect(byId(page, 'proof-invalid').textContent()).resolves.toContain('证明码与备案登记不符')
    expect(await byId(page, 'proof').count()).toBe(0)
  })

  test('when the owner shows the certificate, then its QR code (decoded from the screen) opens a check the register confirms', async () => {
    const owner = await e2e.phone(OWNER)
    await owner.goto(`${e2e.server.url}/packages/filing/pages/proof/index?id=${filingId}`)
    await byId(owner, 'proof-qr').waitFor({ timeout: STATE_WAIT_MS })
    await owner.waitForFunction(() => { const i = document.querySelector('[data-testid="proof-qr"] img, img[data-testid="proof-qr"]') as HTMLImageElement | null; return i !== null && i.complete && i.naturalWidth > 0 })
    await expect(byId(owner, 'proof-number').textContent()).resolves.toBe(filingNumber)
    await e2e.shot(owner, 'trust-cert-02-owner')
    const text = await decodePng(await byId(owner, 'proof-qr').screenshot())
    expect(text).toContain(filingNumber)

    // Anyone who scans it: the link carries only the code; what shows comes from the register.
    const stranger = await e2e.phone(STRANGER)
    await stranger.goto(`${e2e.server.url}/packages/filing/pages/proof/index?c=${encodeURIComponent(text as string)}`)
    await byId(stranger, 'proof-verified').waitFor({ timeout: STATE_WAIT_MS })
    await expect(byId(stranger, 'proof-number').textContent()).resolves.toBe(filingNumber)
    await expect(byId(stranger, 'proof').textContent()).resolves.toContain('开平美食探店')
    await e2e.shot(stranger, 'trust-cert-03-verified')
  })

  test('when staff scan the certificate with the camera, then the page decodes it and shows it confirmed', async () => {
    const { qrText } = await e2e.call<{ qrText: string }>(OWNER, 'applicant', 'certificate', { id: filingId })
    // The operator holds up their phone: the fake camera shows the certificate's QR code.
    const owner = await e2e.phone(OWNER)
    await owner.goto(`${e2e.server.url}/packages/filing/pages/proof/index?id=${filingId}`)
    await byId(owner, 'proof-qr').waitFor({ timeout: STATE_WAIT_MS })
    await owner.waitForFunction(() => { const i = document.querySelector('[data-testid="proof-qr"] img, img[data-testid="proof-qr"]') as HTMLImageElement | null; return i !== null && i.complete && i.naturalWidth > 0 })
    const shown = await byId(owner, 'proof-qr').screenshot()
    const camera = path.join(e2e.dataDir, 'certificate-qr.y4m')
    await writeStillY4m(camera, await sharp(shown).extend({ top: 120, bottom: 120, left: 200, right: 200, background: '#ffffff' }).png().toBuffer(), 1280, 960, '#ffffff')

    const staff = await e2e.phone(REVIEWER, { fakeCamera: camera })
    await staff.goto(`${e2e.server.url}/packages/admin/pages/scan/index`)
    // The end state, not the camera view on the way: once the code is decoded the view gives way to
    // the answer, and on a busy machine that can happen before a check for the video comes round.
    await byId(staff, 'proof-verified').waitFor({ timeout: STATE_WAIT_MS })
    await expect(byId(staff, 'proof-number').textContent()).resolves.toBe(filingNumber)
    expect(qrText).toContain(filingNumber)
    await e2e.shot(staff, 'trust-cert-04-staff-scan')
  })
})
