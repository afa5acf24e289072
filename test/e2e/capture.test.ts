import type { Page } from 'playwright-core'
import { startE2E, type E2E } from './harness'
import { next, visibleText, touch } from './journey-steps'
import { filing } from '../core/support/factories'

/**
 * Document capture in the h5 build with Chromium's fake camera (640×480 frames), against the
 * real local server: consent, live video with the quality hint, shot, watermarked preview, use,
 * upload with progress, and a backend that accepts the resulting DocumentRef.
 */
let e2e: E2E
beforeAll(async () => { e2e = await startE2E() }, 180_000)
afterAll(async () => { await e2e?.close() })

const APPLICANT = 'demo-applicant-a'
/** Steps 1–2 of an individual's filing, complete; no documents yet. */
const { subject, operator, accounts } = filing()
const DRAFT = { subject, operator, accounts }

async function api<T> (action: string, input: unknown): Promise<T> {
  const res = await fetch(`${e2e.server.url}/api/applicant`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': APPLICANT },
    body: JSON.stringify({ action, input })
  })
  const body = await res.json() as { ok: boolean, data: T, error?: { message: string } }
  if (!body.ok) throw new Error(`${action}: ${body.error?.message}`)
  return body.data
}

/** Opens the wizard on a draft whose first two steps are complete and walks to the documents step. */
async function openDocumentsStep (page: Page, draftId: string): Promise<void> {
  await page.goto(`${e2e.server.url}/packages/wizard/pages/start/index?id=${draftId}`)
  // Step forward one confirmed step at a time from wherever the draft opens.
  const shown = await visibleText(page, '步，共5步').textContent()
  for (let n = Number(/第(\d)步/.exec(shown ?? '')?.[1] ?? 1); n < 3; n++) await next(page, n + 1)
  await page.locator('[data-testid="document-slot-id_front"] >> visible=true').first().waitFor()
}

describe('document capture in the h5 build', () => {
  test('when an applicant photographs the ID front with the camera, then the watermarked photo is uploaded and the backend accepts its DocumentRef', async () => {
    const draft = await api<{ id: string, version: number }>('save-draft', { content: DRAFT })
    const page = await e2e.phone(APPLICANT)
    await openDocumentsStep(page, draft.id)
    await e2e.shot(page, 'capture-01-slot-empty')

    await touch(page.locator('[data-testid="document-take-id_front"]'))
    await page.waitForURL(/packages\/capture\/pages\/camera/)
    const consent = page.locator('[data-testid="capture-consent"]')
    await consent.waitFor()
    await expect(consent.textContent()).resolves.toContain('仅供开平市互联网信息办公室账号备案使用')
    await e2e.shot(page, 'capture-02-consent')
    await touch(page.locator('[data-testid="capture-consent-agree"]'))

    // Live video from the fake camera, and a quality hint computed from its frames.
    const video = page.locator('[data-testid="capture-video"]')
    await video.waitFor()
    await page.waitForFunction(() => {
      const v = document.querySelector('[data-testid="capture-video"]') as HTMLVideoElement | null
      return v !== null && v.videoWidth > 0 && !v.paused
    })
    const quality = page.locator('[data-testid="capture-quality"]')
    await page.waitForFunction(() => !/capture-quality--wait/.test(document.querySelector('[data-testid="capture-quality"]')?.className ?? 'capture-quality--wait'))
    const hint = (await quality.textContent()) ?? ''
    expect(['画面清晰，可以拍摄', '光线太暗，请到明亮处', '光线太强，请避开直射的灯光或阳光', '有反光，请调整角度', '画面模糊，请保持手机稳定']).toContain(hint.trim())
    await expect(page.locator('[data-testid="capture-hint"]').textContent()).resolves.toContain('请将身份证人像面放入框内')
    await e2e.shot(page, 'capture-03-camera')

    await touch(page.locator('[data-testid="capture-shoot"]'))
    const preview = page.locator('[data-testid="capture-preview"]')
    await preview.waitFor()
    await expect(page.locator('[data-testid="capture-watermark-note"]').textContent()).resolves.toMatch(/仅供开平市互联网信息办公室账号备案使用 \d{4}-\d{2}-\d{2}/)
    await expect(preview.textContent()).resolves.toContain('重拍')
    await page.waitForFunction(() => {
      const img = document.querySelector('[data-testid="capture-preview-image"] img') as HTMLImageElement | null
      return img !== null && img.complete && img.naturalWidth > 0
    })
    // The preview is the processed (cropped, compressed) photo itself.
    const dims = await page.evaluate(() => {
      const img = document.querySelector('[data-testid="capture-preview-image"] img') as HTMLImageElement
      return { w: img.naturalWidth, h: img.naturalHeight }
    })
    expect(dims.w / dims.h).toBeCloseTo(85.6 / 54, 0)
    await e2e.shot(page, 'capture-04-preview-watermarked')

    const uploaded = page.waitForResponse((r) => r.url().includes('/files/upload') && r.request().method() === 'POST')
    const ingested = page.waitForResponse((r) => r.url().endsWith('/api/applicant') && (r.request().postData() ?? '').includes('"ingest-document"'))
    await touch(page.locator('[data-testid="capture-use"]'))
    const upload = await (await uploaded).json() as { ok: boolean, data: { fileId: string } }
    expect(upload.ok).toBe(true)
    const body = await (await ingested).json() as { ok: boolean, data: { fileId: string, width: number, height: number, watermarked: boolean } }
    expect(body.ok).toBe(true)
    // The server stored its own copy, watermarked (a band below the photo), and deleted the upload.
    expect(body.data.fileId).toMatch(/^local:\/\/documents\//)
    expect(body.data.watermarked).toBe(true)
    expect(body.data.width).toBe(dims.w)
    expect(body.data.height).toBeGreaterThan(dims.h)
    expect(await e2e.server.runtime.files.read(upload.data.fileId)).toBeNull()

    await page.waitForURL(/packages\/wizard\/pages\/start/)
    const status = page.locator('[data-testid="document-status-id_front"]')
    await page.waitForFunction(() => document.querySelector('[data-testid="document-status-id_front"]')?.textContent === '已上传')
    await expect(status.textContent()).resolves.toBe('已上传')
    await page.locator('[data-testid="document-thumb-id_front"]').waitFor()
    await e2e.shot(page, 'capture-05-slot-uploaded')

    // The backend accepts the uploaded file as this applicant's ID photo, and serves it back.
    const current = await api<{ version: number }>('get-filing', { id: draft.id })
    const ref = { kind: 'id_front', fileId: body.data.fileId, source: 'camera', width: body.data.width, height: body.data.height, capturedAt: new Date().toISOString() }
    const saved = await api<{ id: string, version: number }>('save-draft', { id: draft.id, version: current.version, content: { ...DRAFT, documents: [ref] } })
    expect(saved.id).toBe(draft.id)
    const after = await api<{ content: { documents: Array<{ fileId: string }> }, documentLinks: Record<string, string> }>('get-filing', { id: draft.id })
    expect(after.content.documents.map((d) => d.fileId)).toEqual([body.data.fileId])
    const link = after.documentLinks[body.data.fileId]
    const file = Buffer.from(await (await fetch(new URL(link, e2e.server.url))).arrayBuffer())
    expect(file.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    expect(file.length).toBeLessThanOrEqual(400 * 1024)
  }, 300_000)

  test('when both ID sides come from the album and the applicant signs with a finger, then all three are uploaded and the wizard shows the signature as done', async () => {
    const draft = await api<{ id: string, version: number }>('save-draft', { content: DRAFT })
    const page = await e2e.phone(APPLICANT)
    await openDocumentsStep(page, draft.id)
    // Any picture the phone has: a screenshot stands in for a photo taken earlier.
    const picture = await page.screenshot({ type: 'jpeg', quality: 90 })

    for (const [i, kind] of (['id_front', 'id_back'] as const).entries()) {
      await touch(page.locator(`[data-testid="document-take-${kind}"]`))
      await page.waitForURL(/packages\/capture\/pages\/camera/)
      // Consent is asked once, then remembered.
      if (i === 0) await touch(page.locator('[data-testid="capture-consent-agree"]'))
      else expect(await page.locator('[data-testid="capture-consent"]').count()).toBe(0)
      const chooser = page.waitForEvent('filechooser')
      await touch(page.locator('[data-testid="capture-album"]'))
      await (await chooser).setFiles({ name: 'album.jpg', mimeType: 'image/jpeg', buffer: picture })
      await page.locator('[data-testid="capture-preview"]').waitFor()
      await expect(page.locator('[data-testid="capture-preview"]').textContent()).resolves.toContain('来自相册')
      if (i === 1) await e2e.shot(page, 'capture-08-album-preview')
      await touch(page.locator('[data-testid="capture-use"]'))
      await page.waitForURL(/packages\/wizard\/pages\/start/)
      await page.waitForFunction((k) => document.querySelector(`[data-testid="document-status-${k}"]`)?.textContent === '已上传', kind)
    }
    await expect(page.locator('[data-testid="document-slot-id_back"]').textContent()).resolves.toContain('来自相册')

    await touch(page.locator('[data-testid="wizard-next"]'))
    const canvas = page.locator('[data-testid="signature-canvas"]')
    await canvas.waitFor()
    await canvas.scrollIntoViewIfNeeded()
    const box = (await canvas.boundingBox())!
    // 确认签名 with nothing drawn asks for a signature first.
    await touch(page.locator('[data-testid="signature-done"]'))
    await expect(page.locator('[data-testid="signature-pad"]').textContent()).resolves.toContain('请先在框内签名')
    await page.mouse.move(box.x + 30, box.y + box.height / 2)
    await page.mouse.down()
    for (let k = 1; k <= 20; k++) await page.mouse.move(box.x + 30 + k * 12, box.y + box.height / 2 + Math.sin(k / 2) * 30)
    await page.mouse.up()
    await e2e.shot(page, 'capture-09-signature')
    const uploaded = page.waitForResponse(async (r) => r.url().endsWith('/api/applicant') && (r.request().postData() ?? '').includes('"ingest-document"') && (await r.text()).includes('"kind":"signature"'))
    await touch(page.locator('[data-testid="signature-done"]'))
    const res = await uploaded
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true)
    await page.getByText('✓', { exact: false }).first().waitFor()
    await e2e.shot(page, 'capture-10-signed')
  }, 300_000)

  test('when the capture page is shown in large-font mode, then the consent and the camera controls are readable and large', async () => {
    const page = await e2e.phone('demo-applicant-b', { largeFont: true })
    await page.goto(`${e2e.server.url}/packages/capture/pages/camera/index?kind=id_back&req=large-font&font=large`)
    await page.locator('[data-testid="capture-consent"]').waitFor()
    await e2e.shot(page, 'capture-06-consent-large-font')
    await touch(page.locator('[data-testid="capture-consent-agree"]'))
    await page.locator('[data-testid="capture-video"]').waitFor()
    await page.waitForFunction(() => ((document.querySelector('[data-testid="capture-video"]') as HTMLVideoElement | null)?.videoWidth ?? 0) > 0)
    const shoot = await page.locator('[data-testid="capture-shoot"]').boundingBox()
    expect(shoot?.height ?? 0).toBeGreaterThanOrEqual(60)
    await e2e.shot(page, 'capture-07-camera-large-font')
  }, 300_000)
})
