/**
 * Through the local HTTP server (the same `main`s on SQLite): 200 concurrent submits from 20
 * applicants all persist, none twice — also when every submit is sent twice with the same key.
 */
import os from 'node:os'
import path from 'node:path'
import { mkdtempSync, rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { startLocalServer, type LocalServer } from '../../local/server'
import { completeIndividual, selfMedia } from './support/factories'

const APPLICANTS = Array.from({ length: 20 }, (_, i) => `demo-load-${String(i + 1).padStart(2, '0')}`)
const PER_APPLICANT = 10

let server: LocalServer
let dataDir: string

async function post (fn: string, openid: string, body: unknown): Promise<{ ok: boolean, data?: any, error?: { code: string, message: string } }> {
  const res = await fetch(`${server.url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': openid },
    body: JSON.stringify(body)
  })
  return res.json() as Promise<{ ok: boolean, data?: any }>
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'filing-http-'))
  server = await startLocalServer({ port: 0, dataDir, h5Dir: path.join(dataDir, 'no-h5'), seedDemo: false })
}, 30_000)
afterAll(async () => {
  await server?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

test('when 20 applicants submit 10 filings each at once, twice per filing with the same key, then 200 filings are submitted exactly once each', async () => {
  // Arrange: 200 complete drafts, each with its own account, saved over HTTP.
  const drafts: Array<{ openid: string, id: string, version: number }> = []
  await Promise.all(APPLICANTS.map(async (openid, a) => {
    // One set of photos per applicant, reused by its ten filings (each photo is one server re-encode).
    const { documents } = await completeIndividual(server.runtime, openid)
    for (let i = 0; i < PER_APPLICANT; i++) {
      const content = await completeIndividual(server.runtime, openid, {
        accounts: [selfMedia({ accountId: `load_${a}_${i}`, accountName: `开平生活${a}-${i}` })],
        documents
      })
      const saved = await post('applicant', openid, { action: 'save-draft', input: { content } })
      expect(saved.ok).toBe(true)
      drafts.push({ openid, id: saved.data.id, version: saved.data.version })
    }
  }))
  expect(drafts).toHaveLength(200)

  // Act: 400 requests in flight together — every submit twice, with the same idempotency key.
  const sends = drafts.flatMap((d, n) => {
    const input = { id: d.id, version: d.version, requestId: `load-${String(n).padStart(4, '0')}-key`, subscribed: [] }
    return [post('applicant', d.openid, { action: 'submit', input }), post('applicant', d.openid, { action: 'submit', input })]
  })
  const results = await Promise.all(sends)

  // Assert: every answer is a success (the second of each pair replays the first) ...
  const failures = results.filter((r) => !r.ok)
  expect(failures).toEqual([])
  for (let n = 0; n < drafts.length; n++) {
    expect(results[2 * n].data.id).toBe(drafts[n].id)
    expect(results[2 * n + 1].data.id).toBe(drafts[n].id)
  }
  // ... and the database holds each filing once, submitted once.
  const db = new Database(path.join(dataDir, 'filing.sqlite'), { readonly: true })
  try {
    const byStatus = db.prepare('SELECT status, COUNT(*) AS n FROM filings GROUP BY status').all()
    expect(byStatus).toEqual([{ status: 'submitted', n: 200 }])
    const submits = db.prepare("SELECT COUNT(*) AS n, COUNT(DISTINCT filing_id) AS d FROM audit WHERE action = 'submit'").get()
    expect(submits).toEqual({ n: 200, d: 200 })
  } finally {
    db.close()
  }
  for (const openid of APPLICANTS) {
    const mine = await post('applicant', openid, { action: 'list-mine', input: {} })
    expect(mine.data.items.map((f: { status: string }) => f.status)).toEqual(Array(PER_APPLICANT).fill('submitted'))
  }
}, 120_000)
