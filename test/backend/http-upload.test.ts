/**
 * Uploads through the local HTTP server (what the h5 build uses) enforce what CloudBase's storage
 * rule does in the cloud: a client writes only its own temporary upload folder, only JPEG/PNG,
 * at most 2 MB. Stored documents are written by the server alone, so uploading to an approved
 * document's path cannot replace it. Every /files response says nosniff.
 */
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { startLocalServer, type LocalServer } from '../../local/server'
import { ownerKey, uploadPath } from '../../backend/services/storage-paths'
import { photoJpeg } from './support/factories'

let server: LocalServer
let dataDir: string
const A = 'demo-applicant-a'
const B = 'demo-applicant-b'
const JPEG = photoJpeg()

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'filing-upload-'))
  server = await startLocalServer({ port: 0, dataDir, h5Dir: path.join(dataDir, 'no-h5'), seedDemo: false })
})
afterAll(async () => {
  await server?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

async function upload (openid: string, cloudPath: string, body: Buffer, type = 'image/jpeg') {
  const res = await fetch(`${server.url}/files/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers: { 'content-type': type, 'x-demo-openid': openid }, body })
  return { status: res.status, body: await res.json() as { ok: boolean, data?: { fileId: string }, error?: { code: string, message: string } } }
}

async function api (openid: string, fn: string, action: string, input: unknown): Promise<any> {
  const res = await fetch(`${server.url}/api/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-demo-openid': openid }, body: JSON.stringify({ action, input }) })
  const body = await res.json() as { ok: boolean, data?: unknown, error?: unknown }
  if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body.error)}`)
  return body.data
}

function storedFiles (): string[] {
  const root = path.join(dataDir, 'files')
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true }).map(String)
}

describe('uploads through the local server', () => {
  const mine = (id = 'u1') => uploadPath(server.runtime.crypto, A, id, 'jpg')

  test('when an applicant uploads a JPEG into their own upload folder, then it is stored and a fileId comes back', async () => {
    const r = await upload(A, mine(), JPEG)
    expect(r.status).toBe(200)
    expect(r.body.data?.fileId).toMatch(/^local:\/\/uploads\//)
  })

  test('when an applicant uploads into another applicant\'s folder, then it is refused', async () => {
    const before = storedFiles()
    const r = await upload(A, uploadPath(server.runtime.crypto, B, 'u9', 'jpg'), JPEG)
    expect(r.status).toBe(403)
    expect(r.body.error?.message).toContain('只能上传到您自己的')
    expect(storedFiles()).toEqual(before)
  })

  test('when the path climbs out with .. or names a server folder, then it is refused', async () => {
    const before = storedFiles()
    const key = ownerKey(server.runtime.crypto, A)
    for (const p of [`uploads/${key}/../../escape.jpg`, `uploads/${key}/../${ownerKey(server.runtime.crypto, B)}/x.jpg`, '../../../tmp/x.jpg', `documents/${key}/${'a'.repeat(64)}.jpg`, 'exports/x/y.xlsx', `uploads/${key}/sub/x.jpg`]) {
      const r = await upload(A, p, JPEG)
      expect([p, r.status]).toEqual([p, 403])
    }
    expect(storedFiles()).toEqual(before)
  })

  test('when an applicant re-uploads to the path of their stored ID photo, then it is refused and the stored image is unchanged', async () => {
    // Arrange: a stored document, as the wizard makes it (upload-location → upload → ingest).
    const loc = await api(A, 'applicant', 'upload-location', { kind: 'id_front' })
    const up = await upload(A, loc.cloudPath, JPEG)
    const doc = await api(A, 'applicant', 'ingest-document', { fileId: up.body.data?.fileId })
    const storedPath = (doc.fileId as string).slice('local://'.length)
    const before = createHash('sha256').update((await server.runtime.files.read(doc.fileId))!).digest('hex')
    // Act: the attack from the issue — the same path again, different bytes.
    const r = await upload(A, storedPath, photoJpeg(200, 120, 90))
    // Assert
    expect(r.status).toBe(403)
    const after = createHash('sha256').update((await server.runtime.files.read(doc.fileId))!).digest('hex')
    expect(after).toBe(before)
    expect(storedPath).toBe(`documents/${ownerKey(server.runtime.crypto, A)}/${before}.jpg`)
  })

  test('when a 20 MB file is sent, then it is refused as too large before it is stored', async () => {
    const before = storedFiles()
    const big = Buffer.alloc(20 * 1024 * 1024, 0xff)
    big[0] = 0xff; big[1] = 0xd8; big[2] = 0xff
    const r = await upload(A, mine('big'), big)
    expect(r.status).toBe(413)
    expect(r.body.error?.message).toContain('2 MB')
    expect(storedFiles()).toEqual(before)
  })

  test('when a file is not an image (even if it claims to be), then it is refused', async () => {
    const before = storedFiles()
    const r = await upload(A, mine('fake'), Buffer.from('<?php system($_GET["c"]); ?>'), 'image/jpeg')
    expect(r.status).toBe(400)
    expect(r.body.error?.message).toContain('JPEG')
    expect(storedFiles()).toEqual(before)
  })

  test('when nobody is signed in, then the upload is refused', async () => {
    const r = await upload('', mine(), JPEG)
    expect(r.status).toBe(401)
  })

  test('when a stored file is fetched through its link, then the response says nosniff (and so do refusals)', async () => {
    const loc = await api(A, 'applicant', 'upload-location', { kind: 'license' })
    const up = await upload(A, loc.cloudPath, JPEG)
    const doc = await api(A, 'applicant', 'ingest-document', { fileId: up.body.data?.fileId })
    const res = await fetch(`${server.url}${doc.url as string}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    const gone = await fetch(`${server.url}/files/bogus.token`)
    expect(gone.status).toBe(404)
    expect(gone.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
