/**
 * Uploads through the local HTTP server (what the h5 build uses): only images, only into the
 * caller's own folder, at most 2 MB. Everything else is refused with a Chinese reason and stores nothing.
 */
import os from 'node:os'
import path from 'node:path'
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs'
import { startLocalServer, type LocalServer } from '../../local/server'
import { ownerFolder } from '../../backend/services/documents'
import { JPEG } from './support/factories'

let server: LocalServer
let dataDir: string
const A = 'demo-applicant-a'
const B = 'demo-applicant-b'

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

function storedFiles (): string[] {
  const root = path.join(dataDir, 'files')
  if (!existsSync(root)) return []
  return readdirSync(root, { recursive: true }).map(String)
}

describe('uploads through the local server', () => {
  const mine = () => `${ownerFolder(server.runtime.crypto, A)}/draft-1/id_front-1.jpg`

  test('when an applicant uploads a JPEG into their own folder, then it is stored and a fileId comes back', async () => {
    const r = await upload(A, mine(), JPEG)
    expect(r.status).toBe(200)
    expect(r.body.data?.fileId).toMatch(/^local:\/\//)
  })

  test('when an applicant uploads into another applicant\'s folder, then it is refused', async () => {
    const before = storedFiles()
    const r = await upload(A, `${ownerFolder(server.runtime.crypto, B)}/draft-1/id_front-9.jpg`, JPEG)
    expect(r.status).toBe(403)
    expect(r.body.error?.message).toContain('只能上传到您自己的')
    expect(storedFiles()).toEqual(before)
  })

  test('when the path climbs out with .., then it is refused', async () => {
    const before = storedFiles()
    for (const p of [`${ownerFolder(server.runtime.crypto, A)}/../../escape.jpg`, `${ownerFolder(server.runtime.crypto, A)}/../${ownerFolder(server.runtime.crypto, B).split('/')[1]}/x.jpg`, '../../../tmp/x.jpg']) {
      const r = await upload(A, p, JPEG)
      expect([p, r.status]).toEqual([p, 403])
    }
    expect(storedFiles()).toEqual(before)
  })

  test('when a 20 MB file is sent, then it is refused as too large before it is stored', async () => {
    const before = storedFiles()
    const big = Buffer.alloc(20 * 1024 * 1024, 0xff)
    big[0] = 0xff; big[1] = 0xd8; big[2] = 0xff
    const r = await upload(A, mine().replace('-1.jpg', '-big.jpg'), big)
    expect(r.status).toBe(413)
    expect(r.body.error?.message).toContain('2 MB')
    expect(storedFiles()).toEqual(before)
  })

  test('when a file is not an image (even if it claims to be), then it is refused', async () => {
    const before = storedFiles()
    const r = await upload(A, mine().replace('-1.jpg', '-fake.jpg'), Buffer.from('<?php system($_GET["c"]); ?>'), 'image/jpeg')
    expect(r.status).toBe(400)
    expect(r.body.error?.message).toContain('JPEG')
    expect(storedFiles()).toEqual(before)
  })

  test('when nobody is signed in, then the upload is refused', async () => {
    const r = await upload('', mine(), JPEG)
    expect(r.status).toBe(401)
  })
})
