/**
 * Child process of scripts/bench/backend.mjs (run with tsx): one measurement per process so
 * figures don't mix. Prints one JSON line.
 *   submit <dir>   submit latency at 20 concurrent clients through the local HTTP server, and a raw
 *                  SQLite insert of the same row (the floor)
 *   queue <dir> <n> staff queue first page over n filings with two filters, and an unindexed scan
 */
import path from 'node:path'
import Database from 'better-sqlite3'
import { performance } from 'node:perf_hooks'
import { startLocalServer } from '../../local/server'
import { createLocalRuntime } from '../../backend/runtime/local'
import { setRuntime } from '../../backend/runtime/current'
import { seedBulk } from '../../backend/seed/bulk'
import { placeholderPng } from '../../backend/seed/placeholder-image'
import { SCHEMA_SQL } from '../../backend/adapters/sqlite/schema'
import { main as staff } from '../../cloudfunctions/staff/index'

const PHOTO = placeholderPng(160, 100, [222, 235, 247])
const pct = (xs: number[], p: number) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] }
const round = (x: number) => Math.round(x * 100) / 100

async function submitBench (dir: string) {
  const server = await startLocalServer({ port: 0, dataDir: dir, h5Dir: path.join(dir, 'no-h5'), seedDemo: false })
  const post = async (openid: string, action: string, input: unknown) => {
    const res = await fetch(`${server.url}/api/applicant`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-demo-openid': openid }, body: JSON.stringify({ action, input }) })
    const body = await res.json() as { ok: boolean, data: any, error?: unknown }
    if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body.error)}`)
    return body.data
  }
  const CLIENTS = 20
  const PER = 10
  const drafts: Array<Array<{ id: string, version: number }>> = []
  for (let c = 0; c < CLIENTS; c++) {
    const openid = `demo-bench-${c}`
    const list: Array<{ id: string, version: number }> = []
    // Each client uploads its three photos once (upload-location → upload → ingest) and files them ten times.
    const docs = []
    for (const kind of ['id_front', 'id_back', 'signature']) {
      const loc = await post(openid, 'upload-location', { kind, ext: 'png' })
      const upload = await server.runtime.localFiles.put(loc.cloudPath, PHOTO, 'image/png', openid)
      const { fileId } = await post(openid, 'ingest-document', { fileId: upload.fileId })
      docs.push({ kind, fileId, source: kind === 'signature' ? 'drawn' : 'camera' })
    }
    for (let i = 0; i < PER; i++) {
      const content = {
        subject: { type: 'individual', name: '张小明', idNumber: '440783199001011230', phone: '13800138000', address: '开平市三埠街道港口路1号', town: '440783001' },
        operator: { sameAsSubject: true },
        accounts: [{ kind: 'self_media', id: `a-${c}-${i}`, platform: 'douyin', accountName: `开平生活${c}-${i}`, accountId: `bench_${c}_${i}`, followers: 12000, openedOn: '2024-02-01', category: '美食' }],
        documents: docs,
        commitment: { accepted: true, acceptedAt: new Date().toISOString(), textVersion: 'v1' }
      }
      list.push(await post(openid, 'save-draft', { content }))
    }
    drafts.push(list)
  }
  const latencies: number[] = []
  const t0 = performance.now()
  await Promise.all(drafts.map(async (list, c) => {
    for (const [i, d] of list.entries()) {
      const s = performance.now()
      await post(`demo-bench-${c}`, 'submit', { id: d.id, version: d.version, requestId: `bench-${c}-${i}-submit`, subscribed: [] })
      latencies.push(performance.now() - s)
    }
  }))
  const wall = performance.now() - t0
  // The floor: the same filing row inserted straight into SQLite, one transaction each.
  const sample = new Database(path.join(dir, 'filing.sqlite'), { readonly: true }).prepare("SELECT * FROM filings WHERE status = 'submitted' LIMIT 1").get() as Record<string, unknown>
  await server.close()
  const raw = new Database(path.join(dir, 'raw-floor.sqlite'))
  raw.exec(SCHEMA_SQL)
  const cols = Object.keys(sample)
  const insert = raw.prepare(`INSERT INTO filings (${cols.join(',')}) VALUES (${cols.map(() => '?').join(',')})`)
  const rawTimes: number[] = []
  for (let i = 0; i < CLIENTS * PER; i++) {
    const row: Record<string, unknown> = { ...sample, id: `raw-${i}`, filing_number: null }
    const s = performance.now()
    raw.transaction(() => insert.run(...cols.map((k) => row[k])))()
    rawTimes.push(performance.now() - s)
  }
  return {
    submits: latencies.length,
    clients: CLIENTS,
    p50Ms: round(pct(latencies, 50)),
    p95Ms: round(pct(latencies, 95)),
    throughputPerS: round(latencies.length / (wall / 1000)),
    rawInsertP50Ms: round(pct(rawTimes, 50)),
    rawInsertP95Ms: round(pct(rawTimes, 95))
  }
}

async function queueBench (dir: string, n: number) {
  const rt = createLocalRuntime({ dataDir: dir, seedDemo: false, adminOpenids: ['bench-admin'] })
  await rt.ready
  setRuntime(rt)
  const s0 = performance.now()
  await seedBulk(rt, n)
  const seedMs = performance.now() - s0
  const filter = { status: 'submitted', platform: 'douyin', limit: 20 }
  const times: number[] = []
  let rows = 0
  for (let i = 0; i < 30; i++) {
    const s = performance.now()
    const res = await staff({ action: 'queue', input: filter }, { local: { openid: 'bench-admin' } }) as { ok: boolean, data: { items: unknown[] } }
    times.push(performance.now() - s)
    if (!res.ok) throw new Error('queue failed')
    rows = res.data.items.length
  }
  // The baseline: no index, read every filing and filter in memory (what a naive store would do).
  const db = new Database(path.join(dir, 'filing.sqlite'), { readonly: true })
  const scanTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    const s = performance.now()
    const all = db.prepare('SELECT id, status, sort_at, doc FROM filings NOT INDEXED').all() as Array<{ id: string, status: string, sort_at: string, doc: string }>
    const hits = all.filter((r) => r.status === 'submitted' && r.doc.includes('"douyin"')).sort((a, b) => (a.sort_at < b.sort_at ? -1 : a.sort_at > b.sort_at ? 1 : a.id < b.id ? -1 : 1)).slice(0, 20)
    scanTimes.push(performance.now() - s)
    if (hits.length === 0) throw new Error('scan found nothing')
  }
  db.close()
  rt.close()
  return { filings: n, seedS: round(seedMs / 1000), firstPageRows: rows, p50Ms: round(pct(times, 50)), p95Ms: round(pct(times, 95)), scanP50Ms: round(pct(scanTimes, 50)), scanP95Ms: round(pct(scanTimes, 95)) }
}

const [mode, dir, n] = process.argv.slice(2)
const job = mode === 'submit' ? submitBench(dir) : queueBench(dir, Number(n ?? 100_000))
job.then((r) => { process.stdout.write(JSON.stringify(r) + '\n'); process.exit(0) }, (e: unknown) => { console.error(e); process.exit(1) })
