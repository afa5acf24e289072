// Backend figures: submit latency at 20 concurrent clients on the local server beside a raw SQLite
// insert of the same row (the floor); the staff queue's first page over 100,000 filings with two
// filters beside an unindexed scan. Each measurement runs in its own child process (tsx).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { root } from '../lib/builds.mjs'

const N = Number(process.env.BENCH_QUEUE_N ?? 100_000)

function child (args) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'bench', 'backend-child.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    p.stdout.on('data', (d) => { out += d })
    p.stderr.on('data', (d) => { err += d })
    p.on('close', (code) => code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(err.split('\n').slice(-6).join(' '))))
  })
}

export async function benchBackend ({ log }) {
  const dirs = [mkdtempSync(path.join(os.tmpdir(), 'bench-submit-')), mkdtempSync(path.join(os.tmpdir(), 'bench-queue-'))]
  try {
    log('backend: 200 submits from 20 concurrent clients over HTTP…')
    const submit = await child(['submit', dirs[0]])
    log(`backend: seeding ${N} filings and querying the staff queue…`)
    const queue = await child(['queue', dirs[1], String(N)])
    return {
      rows: [
        ['submit latency, 20 concurrent clients (local HTTP)', `p50 ${submit.p50Ms} ms, p95 ${submit.p95Ms} ms`, `${submit.submits} submits, ${submit.throughputPerS}/s`],
        ['raw SQLite insert of the same row (floor)', `p50 ${submit.rawInsertP50Ms} ms, p95 ${submit.rawInsertP95Ms} ms`, 'one transaction each'],
        [`staff queue first page, ${queue.filings} filings, status+platform`, `p50 ${queue.p50Ms} ms, p95 ${queue.p95Ms} ms`, `${queue.firstPageRows} rows, through main()`],
        ['unindexed scan of the same query (baseline)', `p50 ${queue.scanP50Ms} ms, p95 ${queue.scanP95Ms} ms`, `bulk seed took ${queue.seedS} s`]
      ],
      json: { submit, queue }
    }
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true })
  }
}
