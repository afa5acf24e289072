/**
 * OCR autofill as a person does it, in the h5 build with Chromium's fake camera showing a
 * generated, photographed ID card (known text, Noto CJK, tilt, blur, noise): step 1's
 * 拍摄身份证人像面 → camera → photo → upload (the compressed photo the pipeline makes) → the server
 * reads the stored photo with the real local OCR engine → the applicant confirms → the form is
 * filled. Then a typed number that disagrees is flagged to the reviewer on the review screen.
 */
import path from 'node:path'
import sharp from 'sharp'
import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { writeStillY4m } from '../support/fake-camera'
import { inputOf, STATE_WAIT_MS, touch } from './journey-steps'
import { idFrontSvg, photograph, SAMPLE_PERSON } from '../support/document-photos'

jest.setTimeout(300_000)

const APPLICANT = 'demo-applicant-a'
const REVIEWER = 'demo-admin'
const OTHER_ID = '440783199001011230'
let e2e: E2E
let camera: string

beforeAll(async () => {
  e2e = await startE2E()
  // The card as a phone camera sees it on a table, a little tilted: 1920 × 1440 frames.
  const photo = await photograph(idFrontSvg(SAMPLE_PERSON), { width: 1920, height: 1440, cover: 0.52, angle: 2, blur: 0.6, noise: 4, unevenLight: 0.2, quality: 0.92, seed: 21 })
  camera = path.join(e2e.dataDir, 'id-front.y4m')
  await writeStillY4m(camera, photo, 1920, 1440)
}, 120_000)
afterAll(async () => { await e2e?.close() })

const byId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`)

describe('OCR autofill and cross-check in the h5 build', () => {
  let filingId = ''
  let frontFileId = ''

  test('when an applicant photographs the ID card on step 1, then the form fills itself after they confirm', async () => {
    const draft = await e2e.call<{ id: string }>(APPLICANT, 'applicant', 'save-draft', { content: { subject: { type: 'individual' }, operator: { sameAsSubject: true }, accounts: [] } })
    filingId = draft.id
    const page = await e2e.phone(APPLICANT, { fakeCamera: camera })
    await page.goto(`${e2e.server.url}/packages/wizard/pages/start/index?id=${draft.id}`)
    await byId(page, 'ocr-take-id_front').waitFor({ timeout: STATE_WAIT_MS }).catch(async (e) => { await e2e.shot(page, 'trust-ocr-00-failed'); throw e })
    await e2e.shot(page, 'trust-ocr-01-step1')

    await touch(byId(page, 'ocr-take-id_front'))
    await page.waitForURL(/packages\/capture\/pages\/camera/)
    await touch(byId(page, 'capture-consent-agree'))
    await page.waitForFunction(() => {
      const v = document.querySelector('[data-testid="capture-video"]') as HTMLVideoElement | null
      return v !== null && v.videoWidth > 0 && !v.paused
    })
    await e2e.shot(page, 'trust-ocr-02-camera')
    await touch(byId(page, 'capture-shoot'))
    await byId(page, 'capture-preview').waitFor()
    const uploaded = page.waitForResponse((r) => r.url().includes('/files/upload') && r.request().method() === 'POST')
    await touch(byId(page, 'capture-use'))
    const upload = await (await uploaded).json() as { ok: boolean, data: { fileId: string } }
    expect(upload.ok).toBe(true)

    await page.waitForURL(/packages\/wizard\/pages\/start/)
    const confirm = byId(page, 'ocr-confirm-id_front')
    await confirm.waitFor({ timeout: 120_000 })
    await e2e.shot(page, 'trust-ocr-03-confirm')
    await expect(byId(page, 'ocr-value-subject.name').textContent()).resolves.toBe(SAMPLE_PERSON.name)
    await expect(byId(page, 'ocr-value-subject.idNumber').textContent()).resolves.toBe(SAMPLE_PERSON.idNumber)

    await touch(byId(page, 'ocr-apply-id_front'))
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="subject.name"] input, input[data-testid="subject.name"]')).some((i) => (i as HTMLInputElement).value !== ''))
    await expect(inputOf(page, 'subject.name').inputValue()).resolves.toBe(SAMPLE_PERSON.name)
    await expect(inputOf(page, 'subject.idNumber').inputValue()).resolves.toBe(SAMPLE_PERSON.idNumber)
    await expect(byId(page, 'ocr-status-id_front').textContent()).resolves.toContain('已填入识别结果')
    await e2e.shot(page, 'trust-ocr-04-filled')

    // What was read is the stored document — the server's re-encoded, watermarked copy of the
    // upload (the raw upload itself is gone) — and it is the draft's ID document now.
    const stored = await e2e.server.runtime.trustStore.verifications.get(draft.id)
    expect(stored?.readings).toEqual([expect.objectContaining({ kind: 'id_front', provider: 'paddle', fileId: expect.stringMatching(/^local:\/\/documents\//) })])
    frontFileId = stored?.readings[0].fileId ?? ''
    expect(await e2e.server.runtime.files.read(upload.data.fileId)).toBeNull()
    const bytes = await e2e.server.runtime.files.read(frontFileId)
    expect(bytes?.length).toBeLessThanOrEqual(400 * 1024)
    expect((await sharp(bytes as Buffer).metadata()).format).toBe('jpeg')
    expect(await inputOf(page, 'subject.address').inputValue()).toBe(SAMPLE_PERSON.address)
  })

  test('when the applicant then types another ID number and submits, then the review screen flags the disagreement', async () => {
    const current = await e2e.call<{ version: number, content: Record<string, any> }>(APPLICANT, 'applicant', 'get-filing', { id: filingId })
    // The photo taken on step 1 (the wizard saves it to the cloud with the step; here the API does).
    const documents: Array<Record<string, string>> = [{ kind: 'id_front', fileId: frontFileId, source: 'camera' }]
    for (const kind of ['id_back', 'signature']) {
      const loc = await e2e.call<{ cloudPath: string }>(APPLICANT, 'applicant', 'upload-location', { filingId, kind, ext: 'png' })
      const png = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#ddd' } }).png().toBuffer()
      const res = await fetch(`${e2e.server.url}/files/upload?cloudPath=${encodeURIComponent(loc.cloudPath)}`, { method: 'POST', headers: { 'content-type': 'image/png', 'x-demo-openid': APPLICANT }, body: png })
      const raw = ((await res.json()) as { data: { fileId: string } }).data.fileId
      const stored = await e2e.call<{ fileId: string }>(APPLICANT, 'applicant', 'ingest-document', { fileId: raw })
      documents.push({ kind, fileId: stored.fileId, source: kind === 'signature' ? 'drawn' : 'camera' })
    }
    const content = {
      ...current.content,
      subject: { type: 'individual', name: SAMPLE_PERSON.name, idNumber: OTHER_ID, phone: '13800138000', address: '开平市三埠街道港口路18号', town: '440783001' },
      accounts: [{ kind: 'self_media', id: 'acc-e1', platform: 'douyin', accountName: '开平美食探店', accountId: 'kp_food_e1', followers: 12000, openedOn: '2024-02-01', category: '美食' }],
      documents,
      commitment: { accepted: true, acceptedAt: new Date().toISOString(), textVersion: 'v1' }
    }
    const saved = await e2e.call<{ version: number }>(APPLICANT, 'applicant', 'save-draft', { id: filingId, version: current.version, content })
    await e2e.call(APPLICANT, 'applicant', 'submit', { id: filingId, version: saved.version, requestId: 'e2e-trust-submit-1', subscribed: [] })

    const page = await e2e.phone(REVIEWER)
    await page.goto(`${e2e.server.url}/packages/admin/pages/detail/index?id=${filingId}`)
    const flag = byId(page, 'trust-flag-subject.idNumber')
    await flag.waitFor({ timeout: STATE_WAIT_MS })
    const text = (await flag.textContent()) ?? ''
    expect(text).toContain('不一致')
    expect(text).toContain(`填写：440783********${OTHER_ID.slice(-4)}`)
    expect(text).toContain(`识别：440783********${SAMPLE_PERSON.idNumber.slice(-4)}`)
    expect(await page.content()).not.toContain(SAMPLE_PERSON.idNumber)
    await flag.scrollIntoViewIfNeeded()
    await e2e.shot(page, 'trust-ocr-05-review-flag')
  })
})
