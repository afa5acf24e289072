// Backend figures, each beside a fair baseline: submit latency at 20 concurrent clients on the local
// server beside `whoami` on the same server at the same concurrency (goal p95 ≤ 3×); the staff
// queue's first page over 100,000 filings with two filters beside the same SQL run directly (the
// floor, goal p95 ≤ 2×) and with NOT INDEXED (what the index buys); staff search over 10,000
// filings through main() beside the indexed SQL and the substring scan it replaced. Each in its own child process.
// The child runs bundled by esbuild, as the deployed functions are: run through tsx's per-file
// transform instead, every cross-module access costs a getter call, which weighs on submit (many
// calls into core per character and field) far more than on whoami and is no part of production.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { build } from 'esbuild'
import os from 'node:os'
import path from 'node:path'
import { root } from '../lib/builds.mjs'

const N = Number(process.env.BENCH_QUEUE_N ?? 100_000)
const SEARCH_N = Number(process.env.BENCH_SEARCH_N ?? 10_000)

const CHILD = path.join(root, '.cache', 'bench-backend-child.cjs')

async function bundleChild () {
  mkdirSync(path.dirname(CHILD), { recursive: true })
  await build({ entryPoints: [path.join(root, 'scripts', 'bench', 'backend-child.ts')], outfile: CHILD, bundle: true, platform: 'node', target: 'node18', format: 'cjs', packages: 'external', logLevel: 'warning' })
}

function child (args) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CHILD, ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    p.stdout.on('data', (d) => { out += d })
    p.stderr.on('data', (d) => { err += d })
    p.on('close', (code) => code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(err.split('\n').slice(-6).join(' '))))
  })
}

export async function benchBackend ({ log }) {
  const dirs = [mkdtempSync(path.join(os.tmpdir(), 'bench-submit-')), mkdtempSync(path.join(os.tmpdir(), 'bench-queue-')), mkdtempSync(path.join(os.tmpdir(), 'bench-search-'))]
  try {
    await bundleChild()
    log('backend: 200 submits from 20 concurrent clients over HTTP…')
    const submit = await child(['submit', dirs[0]])
    log(`backend: seeding ${N} filings and querying the staff queue…`)
    const queue = await child(['queue', dirs[1], String(N)])
    log(`backend: seeding ${SEARCH_N} filings and searching the staff queue…`)
    const search = await child(['search', dirs[2], String(SEARCH_N)])
    return {
      rows: [
        ['submit latency, 20 concurrent clients (local HTTP)', `p50 ${submit.p50Ms} ms, p95 ${submit.p95Ms} ms`, `${submit.submits} submits, ${submit.throughputPerS}/s; p95 ${submit.p95VsWhoami}× whoami (goal ≤ 3×)`],
        ['whoami, same server, same 20 clients (baseline)', `p50 ${submit.whoamiP50Ms} ms, p95 ${submit.whoamiP95Ms} ms`, 'what any call costs there'],
        ['raw SQLite insert of the same row', `p50 ${submit.rawInsertP50Ms} ms, p95 ${submit.rawInsertP95Ms} ms`, 'one transaction each'],
        [`staff queue first page, ${queue.filings} filings, status+platform`, `p50 ${queue.p50Ms} ms, p95 ${queue.p95Ms} ms`, `${queue.firstPageRows} rows through main(); p95 ${queue.p95VsSql}× the direct SQL (goal ≤ 2×)`],
        ['the same SQL run directly on the database (floor)', `p50 ${queue.sqlP50Ms} ms, p95 ${queue.sqlP95Ms} ms`, 'the statement the store ran, same arguments'],
        ['the same SQL with NOT INDEXED (fair baseline)', `p50 ${queue.scanP50Ms} ms, p95 ${queue.scanP95Ms} ms`, `main() p95 is ${queue.p95VsScan}× it; bulk seed took ${queue.seedS} s`],
        ...search.queries.flatMap((q) => [
          [`staff search, ${search.filings} filings: ${q.label} (“${q.query}”)`, `p50 ${q.p50Ms} ms, p95 ${q.p95Ms} ms`, `${q.found} rows through main(), ${q.keys} index keys`],
          ['  its indexed SQL, directly / the substring scan it replaced', `p50 ${q.sqlP50Ms} / ${q.scanP50Ms} ms, p95 ${q.sqlP95Ms} / ${q.scanP95Ms} ms`, 'same rows, same page (first 20, awaiting review)']
        ]),
        [`search index, ${search.filings} filings`, `${search.indexRows} rows`, `${Math.round(search.indexRows / search.filings)} keys per filing; bulk seed took ${search.seedS} s`]
      ],
      json: { submit, queue, search }
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  }
}
