/**
 * Child process of scripts/bench/backend.mjs (bundled by it with esbuild, as the functions are): one measurement per process so
 * figures don't mix. Prints one JSON line.
 *   submit <dir>   submit latency at 20 concurrent clients through the local HTTP server, beside
 *                  `whoami` on the same server at the same concurrency (what any call costs there),
 *                  the two taking turns in rounds; and a raw SQLite insert of the same row
 *   queue <dir> <n> staff queue first page over n filings with two filters through main(), beside
 *                  the very SQL the store ran for it, run directly (the floor), and that SQL with
 *                  `NOT INDEXED` (the fair baseline: the same query without the index)
 *   search <dir> <n> staff search over n filings through main(), per kind of query, beside the
 *                  substring scan it replaced and the indexed statement, both run directly
 */
import path from 'node:path'
import Database from 'better-sqlite3'
import { performance } from 'node:perf_hooks'
import { startLocalServer } from '../../local/server'
import { createLocalRuntime } from '../../backend/runtime/local'
import { setRuntime } from '../../backend/runtime/current'
import { seedBulk } from '../../backend/seed/bulk'
import { placeholderPng } from '../../backend/seed/placeholder-image'
import { main as staff } from '../../cloudfunctions/staff/index'
import { SqliteOps, likeEscape } from '../../backend/adapters/sqlite/sqlite-ops'
import { AWAITING_REVIEW_STATUSES, staffSearchOf } from '../../backend/core'

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
  // Submits and whoami take turns in rounds (each round: every client submits its next two drafts,
  // then every client calls whoami twice), so a busy spell of the machine weighs on both alike.
  const latencies: number[] = []
  const whoami: number[] = []
  let busy = 0
  for (let round = 0; round < PER / 2; round++) {
    const t0 = performance.now()
    await Promise.all(drafts.map(async (list, c) => {
      for (const i of [round * 2, round * 2 + 1]) {
        const d = list[i]
        const s = performance.now()
        await post(`demo-bench-${c}`, 'submit', { id: d.id, version: d.version, requestId: `bench-${c}-${i}-submit`, subscribed: [] })
        latencies.push(performance.now() - s)
      }
    }))
    busy += performance.now() - t0
    await Promise.all(drafts.map(async (_list, c) => {
      for (let k = 0; k < 2; k++) {
        const s = performance.now()
        await post(`demo-bench-${c}`, 'whoami', {})
        whoami.push(performance.now() - s)
      }
    }))
  }
  const wall = busy
  // The floor: the same filing row inserted straight into SQLite, one transaction each.
  const source = new Database(path.join(dir, 'filing.sqlite'), { readonly: true })
  const sample = source.prepare("SELECT * FROM filings WHERE status = 'submitted' LIMIT 1").get() as Record<string, unknown>
  // The floor's table is the store's own filings table as migrated (columns and indexes), not the base schema.
  const ddl = (source.prepare("SELECT sql FROM sqlite_master WHERE tbl_name = 'filings' AND sql IS NOT NULL ORDER BY type DESC").all() as Array<{ sql: string }>).map((r) => r.sql)
  source.close()
  await server.close()
  const raw = new Database(path.join(dir, 'raw-floor.sqlite'))
  for (const sql of ddl) raw.exec(sql)
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
    whoamiP50Ms: round(pct(whoami, 50)),
    whoamiP95Ms: round(pct(whoami, 95)),
    p95VsWhoami: round(pct(latencies, 95) / pct(whoami, 95)),
    rawInsertP50Ms: round(pct(rawTimes, 50)),
    rawInsertP95Ms: round(pct(rawTimes, 95))
  }
}

/** Records every statement the store runs (SQL text and arguments), to rerun the queue's own SQL directly. */
function recordStatements (): { seen: Array<{ sql: string, args: unknown[] }>, stop: () => void } {
  const seen: Array<{ sql: string, args: unknown[] }> = []
  let on = true
  const proto = Database.prototype as unknown as { prepare: (sql: string) => { all: (...a: unknown[]) => unknown } }
  const prepare = proto.prepare
  proto.prepare = function (this: unknown, sql: string) {
    const st = prepare.call(this, sql)
    const all = st.all.bind(st)
    st.all = (...args: unknown[]) => { if (on) seen.push({ sql, args }); return all(...args) }
    return st
  }
  return { seen, stop: () => { on = false; proto.prepare = prepare } }
}

/** A local runtime over n bulk-seeded filings, and how long the seeding took. */
async function seededRuntime (dir: string, n: number) {
  const rt = createLocalRuntime({ dataDir: dir, seedDemo: false, adminOpenids: ['bench-admin'] })
  await rt.ready
  setRuntime(rt)
  const s0 = performance.now()
  await seedBulk(rt, n)
  return { rt, seedMs: performance.now() - s0 }
}

async function queueBench (dir: string, n: number) {
  const recorder = recordStatements()
  const statements = recorder.seen
  const { rt, seedMs } = await seededRuntime(dir, n)
  const filter = { status: 'submitted', platform: 'douyin', limit: 20 }
  const call = async () => {
    const res = await staff({ action: 'queue', input: filter }, { local: { openid: 'bench-admin' } }) as { ok: boolean, data: { items: unknown[] } }
    if (!res.ok) throw new Error('queue failed')
    return res.data.items.length
  }
  // Warm up, and catch the SQL the store runs for this page.
  const mark = statements.length
  let rows = await call()
  const mine = statements.slice(mark).filter((st) => /^SELECT filings\.doc FROM filings\b/.test(st.sql) && /ORDER BY filings\.sort_at, filings\.id LIMIT/.test(st.sql))
  if (mine.length !== 1) throw new Error(`expected one queue statement, saw ${mine.length}`)
  const { sql, args } = mine[0]
  recorder.stop()
  const RUNS = 300
  // The floor: the same SQL and arguments straight on the database. The fair baseline: the same
  // SQL told not to use an index on filings (every row read, as without one). main() and the floor
  // alternate, so whatever else the machine does weighs on both alike.
  const db = new Database(path.join(dir, 'filing.sqlite'), { readonly: true })
  const direct = db.prepare(sql)
  const unindexed = db.prepare(sql.replace(/^SELECT filings\.doc FROM filings\b/, 'SELECT filings.doc FROM filings NOT INDEXED'))
  const times: number[] = []
  const sqlTimes: number[] = []
  for (let i = 0; i < RUNS; i++) {
    let s = performance.now()
    rows = await call()
    times.push(performance.now() - s)
    s = performance.now()
    direct.all(...args)
    sqlTimes.push(performance.now() - s)
  }
  const scanTimes: number[] = []
  let scanRows = 0
  for (let i = 0; i < 10; i++) {
    const s = performance.now()
    scanRows = unindexed.all(...args).length
    scanTimes.push(performance.now() - s)
  }
  if (scanRows !== direct.all(...args).length) throw new Error('the unindexed baseline returned different rows')
  db.close()
  rt.close()
  return {
    filings: n,
    seedS: round(seedMs / 1000),
    firstPageRows: rows,
    sql: sql.replace(/\s+/g, ' '),
    p50Ms: round(pct(times, 50)),
    p95Ms: round(pct(times, 95)),
    sqlP50Ms: round(pct(sqlTimes, 50)),
    sqlP95Ms: round(pct(sqlTimes, 95)),
    p95VsSql: round(pct(times, 95) / pct(sqlTimes, 95)),
    scanP50Ms: round(pct(scanTimes, 50)),
    scanP95Ms: round(pct(scanTimes, 95)),
    p95VsScan: round(pct(times, 95) / pct(scanTimes, 95))
  }
}

/**
 * Staff search over n filings through main(), per kind of query, beside the scan it replaced
 * (the same page read with `search_text LIKE` over every awaiting filing, run directly) and the
 * indexed statement run directly. Both must return the same rows.
 */
async function searchBench (dir: string, n: number) {
  const { rt, seedMs } = await seededRuntime(dir, n)
  const statuses = [...AWAITING_REVIEW_STATUSES]
  const db = new Database(path.join(dir, 'filing.sqlite'), { readonly: true })
  // A filing awaiting review from the middle of the register: what the queue's default tab lists.
  const pick = db.prepare(`SELECT id FROM filings WHERE status IN (${statuses.map(() => '?').join(',')}) ORDER BY id LIMIT 1 OFFSET ?`).get(...statuses, Math.floor(n * 0.1)) as { id: string }
  const sample = await rt.store.filings.get(pick.id)
  if (!sample) throw new Error('no sample filing')
  const content = sample.working.content as { subject?: { phone?: string }, accounts?: Array<{ accountName?: string, accountId?: string }> }
  const name = content.accounts?.[0]?.accountName ?? ''
  const queries: Array<[string, string]> = [
    ['a whole account name', name],
    ['two characters of a name (common)', [...name].slice(0, 2).join('')],
    ['a phone, typed +86 and spaced', `+86 ${(content.subject?.phone ?? '').replace(/(\d{3})(\d{4})(\d{4})/, '$1 $2 $3')}`],
    ['an account ID, upper case', (content.accounts?.[0]?.accountId ?? '').toUpperCase()]
  ]
  const ops = new SqliteOps(db)
  const RUNS = 200
  const rows = []
  for (const [label, q] of queries) {
    const search = staffSearchOf(q)
    if (!search) throw new Error(`nothing to search in ${q}`)
    const call = async () => {
      const res = await staff({ action: 'queue', input: { q, limit: 20 } }, { local: { openid: 'bench-admin' } }) as { ok: boolean, data: { items: Array<{ id: string }> } }
      if (!res.ok) throw new Error(`queue failed for ${q}`)
      return res.data.items.map((i) => i.id)
    }
    const indexed = ops.queueStatement({ statuses, search }, null, 21)
    const direct = db.prepare(indexed.sql)
    const scan = db.prepare(`SELECT doc FROM filings WHERE status IN (${statuses.map(() => '?').join(',')}) AND search_text LIKE ? ESCAPE '\\' ORDER BY sort_at, id LIMIT ?`)
    const scanArgs = [...statuses, `%${likeEscape(search.text)}%`, 21]
    const ids = (rs: unknown[]) => (rs as Array<{ doc: string }>).map((r) => (JSON.parse(r.doc) as { id: string }).id)
    if (JSON.stringify(ids(direct.all(...indexed.args))) !== JSON.stringify(ids(scan.all(...scanArgs)))) throw new Error(`indexed and scan disagree for ${q}`)
    const found = (await call()).length
    const times: number[] = []
    const sqlTimes: number[] = []
    const scanTimes: number[] = []
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now()
      await call()
      times.push(performance.now() - t)
      t = performance.now()
      direct.all(...indexed.args)
      sqlTimes.push(performance.now() - t)
      t = performance.now()
      scan.all(...scanArgs)
      scanTimes.push(performance.now() - t)
    }
    rows.push({ label, query: q, keys: search.keys.length, found, p50Ms: round(pct(times, 50)), p95Ms: round(pct(times, 95)), sqlP50Ms: round(pct(sqlTimes, 50)), sqlP95Ms: round(pct(sqlTimes, 95)), scanP50Ms: round(pct(scanTimes, 50)), scanP95Ms: round(pct(scanTimes, 95)) })
  }
  const indexRows = (db.prepare('SELECT COUNT(*) AS n FROM filing_search').get() as { n: number }).n
  db.close()
  rt.close()
  return { filings: n, seedS: round(seedMs / 1000), indexRows, queries: rows }
}

const [mode, dir, n] = process.argv.slice(2)
const job = mode === 'submit' ? submitBench(dir) : mode === 'search' ? searchBench(dir, Number(n ?? 10_000)) : queueBench(dir, Number(n ?? 100_000))
job.then((r) => { process.stdout.write(JSON.stringify(r) + '\n'); process.exit(0) }, (e: unknown) => { console.error(e); process.exit(1) })
