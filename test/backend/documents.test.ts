/**
 * Documents are immutable once uploaded, and the server stores only what it re-encoded itself
 * (issue 9 §4, issue 13 §5). Every scenario runs through `main(event, context)` on the real
 * SQLite store and the local files adapter, which enforces what CloudBase's storage rule does.
 */
import { createHash } from 'node:crypto'
import { PNG } from 'pngjs'
import { main as applicant } from '../../cloudfunctions/applicant/index'
import { main as staff } from '../../cloudfunctions/staff/index'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { kaipingConfig, watermarkLayout, watermarkLine } from '../../backend/core'
import { inspectImage } from '../../backend/services/image/inspect'
import { WATERMARK_GLYPHS } from '../../backend/services/image/glyphs.generated'
import { emWidth } from '../../backend/services/image/text'
import { approved } from './support/flows'
import { completeIndividual, individualDraft, photoJpeg, rawUpload, uploadDoc } from './support/factories'
import { cameraJpeg, jpeg, pngBomb, smallPng, textChunk, withSegment } from './support/images'
import { makeEnv, OPENID, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const chinese = expect.stringMatching(/[\u4e00-\u9fff]/)
const sha = (b: Buffer | null) => createHash('sha256').update(b ?? Buffer.alloc(0)).digest('hex')
const ingest = (fileId: string, who: 'owner' | 'other' = 'owner') => env.call<{ fileId: string; width: number; height: number; watermarked: boolean }>(applicant, 'ingest-document', { fileId }, who)
const tick = () => env.ok<{ purge: { files: Record<string, number> } }>(systemFn, 'tick', {}, 'admin')
const decodeStored = async (fileId: string) => jpeg.decode((await env.rt.files.read(fileId))!, { useTArray: true, formatAsRGBA: true })

describe('an approved document cannot be swapped', () => {
  it('when the owner uploads to the storage path of an approved ID photo again, then it is refused and staff still see the original bytes', async () => {
    const a = await approved(env)
    const rec = await env.rt.store.filings.get(a.id)
    const idFront = (rec!.approved!.content.documents as Array<{ kind: string; fileId: string }>).find((d) => d.kind === 'id_front')!.fileId
    const path = env.rt.files.pathOf(idFront)!
    const original = sha(await env.rt.files.read(idFront))

    // The client's only way to write (the upload endpoint / wx.cloud.uploadFile under the storage rule).
    await expect(env.rt.localFiles.put(path, photoJpeg(200, 120, 80), 'image/jpeg', OPENID.owner)).rejects.toMatchObject({ code: 'forbidden', message: chinese })
    // Not even the server replaces a stored document with other bytes (write-once).
    await expect(env.rt.files.put(path, photoJpeg(200, 120, 80), 'image/jpeg')).rejects.toThrow(/write-once/)

    const view = await env.ok<{ documentLinks: Record<string, string> }>(staff, 'get', { id: a.id }, 'reviewer')
    const served = await env.rt.localFiles.readSigned(view.documentLinks[idFront].slice('/files/'.length))
    expect(sha(served!.bytes)).toBe(original)
    expect(path).toBe(`documents/${path.split('/')[1]}/${original}.jpg`) // named by its own content
  })

  it('when a filing references a raw upload (not the server\'s copy), then save and submit refuse it', async () => {
    const raw = await rawUpload(env.rt, OPENID.owner, 'id_front')
    const res = await env.call(applicant, 'save-draft', { content: individualDraft({ documents: [{ kind: 'id_front', fileId: raw, source: 'camera' }] }) }, 'owner')
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden', message: chinese } })
  })

  it('when someone ingests another applicant\'s upload, then it is forbidden and the upload is untouched', async () => {
    const raw = await rawUpload(env.rt, OPENID.owner, 'id_front')
    expect(await ingest(raw, 'other')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await env.rt.files.read(raw)).not.toBeNull()
  })
})

describe('image bombs and polyglots are refused before they are stored', () => {
  it('when a 30000×30000 PNG (874 KB) is uploaded, then ingest refuses it from its header without decoding, deletes it, and it cannot be submitted', async () => {
    const bomb = await pngBomb()
    expect(bomb.length).toBeLessThan(900 * 1024)
    const decode = jest.spyOn(PNG.sync, 'read')
    const raw = await rawUpload(env.rt, OPENID.owner, 'id_front', bomb, 'png')
    const res = await ingest(raw)
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('尺寸过大'), fields: { 'documents.id_front': chinese } } })
    expect(decode).not.toHaveBeenCalled()
    decode.mockRestore()
    expect(await env.rt.files.read(raw)).toBeNull()
    const content = await completeIndividual(env.rt, OPENID.owner)
    content.documents![0] = { kind: 'id_front', fileId: raw, source: 'camera' }
    expect(await env.call(applicant, 'save-draft', { content }, 'owner')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  }, 60_000) // building the 900 MB-of-pixels PNG (deflate) takes a few seconds on a busy machine

  const JPG = photoJpeg(120, 80)
  const HTML = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>', 'latin1')
  it.each([
    ['a JPEG header followed by HTML', Buffer.concat([JPG.subarray(0, 20), HTML]), 'jpg', '损坏'],
    ['a JPEG with HTML after its end marker', Buffer.concat([JPG, HTML]), 'jpg', '夹带'],
    ['a JPEG with a script in a comment segment', withSegment(JPG, 0xfe, HTML), 'jpg', '网页或脚本'],
    ['a JPEG with SVG markup in an APP segment', withSegment(JPG, 0xe5, Buffer.from('<svg onload="x()"></svg>', 'latin1')), 'jpg', '网页或脚本'],
    ['a PNG with HTML after IEND', smallPng([], HTML), 'png', '夹带'],
    ['a PNG with a script in a text chunk', smallPng([textChunk('Comment', '<script>x()</script>')]), 'png', '网页或脚本'],
    ['a truncated JPEG', JPG.subarray(0, JPG.length - 40), 'jpg', '损坏'],
    ['a 1×1 PNG', Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'), 'png', '太小']
  ] as const)('when %s is uploaded, then ingest refuses it in Chinese and nothing is stored', async (_label, bytes, ext, words) => {
    const raw = await rawUpload(env.rt, OPENID.owner, 'license', bytes, ext)
    const res = await ingest(raw)
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(words) } })
    expect(await env.rt.files.read(raw)).toBeNull()
    const rows = await env.rt.store.trackedFiles.countByOwnerSince(OPENID.owner, ['document'], '2000-01-01T00:00:00.000Z')
    expect(rows).toBe(0)
  })
})

describe('the server re-encodes every photo', () => {
  it('when a camera JPEG with GPS, a comment and a 90° rotation is ingested, then the stored copy is upright and carries no metadata at all', async () => {
    const source = cameraJpeg()
    expect(inspectImage(source).metadata).toEqual({ exif: true, gps: true, comments: 1 })
    const raw = await rawUpload(env.rt, OPENID.owner, 'license', source)
    const res = await ingest(raw)
    expect(res).toMatchObject({ ok: true, data: { width: 100, height: 160, watermarked: false } })
    const stored = (await env.rt.files.read((res as { data: { fileId: string } }).data.fileId))!
    expect(inspectImage(stored)).toMatchObject({ type: 'image/jpeg', width: 100, height: 160, orientation: 1, metadata: { exif: false, gps: false, comments: 0 } })
    expect(stored.includes(Buffer.from('Exif'))).toBe(false)
    expect(stored.includes(Buffer.from('Phone X'))).toBe(false)
    expect(await env.rt.files.read(raw)).toBeNull() // the original is never kept
  })

  it('when an ID side is ingested, then the stored photo has the purpose band below it; a licence is stored without one', async () => {
    const id = await ingest(await rawUpload(env.rt, OPENID.owner, 'id_front', photoJpeg(400, 252)))
    const lic = await ingest(await rawUpload(env.rt, OPENID.owner, 'license', photoJpeg(400, 252)))
    const line = watermarkLine(kaipingConfig, '2024-03-04')
    const layout = watermarkLayout(400, 252, line, emWidth(WATERMARK_GLYPHS, line))
    expect(id).toMatchObject({ ok: true, data: { width: 400, height: layout.height, watermarked: true } })
    expect(lic).toMatchObject({ ok: true, data: { width: 400, height: 252, watermarked: false } })
    // The band: light at its edges, dark print in its middle (the office line).
    const img = await decodeStored((id as { data: { fileId: string } }).data.fileId)
    const luma = (x: number, y: number) => { const i = (y * img.width + x) * 4; return 0.299 * img.data[i] + 0.587 * img.data[i + 1] + 0.114 * img.data[i + 2] }
    const bandMid = Math.round(layout.band.centerY)
    expect(luma(2, bandMid)).toBeGreaterThan(230)
    const row = Array.from({ length: 300 }, (_, k) => luma(50 + k, bandMid))
    expect(Math.min(...row)).toBeLessThan(140)
  })

  it('when the 24-hour upload quota is used up, then the next upload location is refused with the limit named, and granted again a day later', async () => {
    env.dispose()
    env = await makeEnv({ config: { ...kaipingConfig, uploads: { perApplicantPerDay: 3 } } })
    for (let i = 0; i < 3; i++) await env.ok(applicant, 'upload-location', { kind: 'license' }, 'owner')
    expect(await env.call(applicant, 'upload-location', { kind: 'license' }, 'owner')).toMatchObject({ ok: false, error: { code: 'rate_limited', message: expect.stringContaining('最多上传 3 张') } })
    await env.ok(applicant, 'upload-location', { kind: 'license' }, 'other') // per applicant
    env.clock.set(new Date(env.clock.now.getTime() + 24 * 3_600_000 + 1000).toISOString())
    await env.ok(applicant, 'upload-location', { kind: 'license' }, 'owner')
  })
})

describe('unreferenced uploads are purged after the configured time', () => {
  const hours = kaipingConfig.retention.unreferencedUploadHours
  const later = (h: number) => env.clock.set(new Date(env.clock.now.getTime() + h * 3_600_000).toISOString())

  it('when an upload is never ingested, or a stored photo never used, then both are deleted after the configured hours, not before', async () => {
    const raw = await rawUpload(env.rt, OPENID.owner, 'id_front')
    const unused = await uploadDoc(env.rt, OPENID.owner, 'license')
    later(hours - 1)
    expect((await tick()).purge.files).toMatchObject({ uploadsRemoved: 0, documentsRemoved: 0 })
    expect(await env.rt.files.read(raw)).not.toBeNull()
    later(2)
    expect((await tick()).purge.files).toMatchObject({ uploadsRemoved: 1, documentsRemoved: 1 })
    expect(await env.rt.files.read(raw)).toBeNull()
    expect(await env.rt.files.read(unused)).toBeNull()
  })

  it('when a filing uses a photo, then it is kept; when a later edit replaces it, then the dropped photo goes a period later', async () => {
    const content = await completeIndividual(env.rt, OPENID.owner)
    const d = await env.ok<{ id: string; version: number }>(applicant, 'save-draft', { content }, 'owner')
    const first = content.documents![0].fileId
    later(hours + 1)
    expect((await tick()).purge.files).toMatchObject({ documentsKept: 3, documentsRemoved: 0 })
    expect(await env.rt.files.read(first)).not.toBeNull()
    // Retake the first photo.
    const retaken = await uploadDoc(env.rt, OPENID.owner, 'id_front')
    const next = { ...content, documents: [{ ...content.documents![0], fileId: retaken }, ...content.documents!.slice(1)] }
    await env.ok(applicant, 'save-draft', { id: d.id, version: d.version, content: next }, 'owner')
    later(hours + 1)
    const out = (await tick()).purge.files
    expect(out).toMatchObject({ documentsRemoved: 1 })
    expect(await env.rt.files.read(first)).toBeNull()
    expect(await env.rt.files.read(retaken)).not.toBeNull()
  })
})
