// Export bench: 10,000 bulk-seeded filings on SQLite → .xlsx through the real staff `export`
// action (the same `main` the cloud runs). Time and peak memory are measured in a child process
// that does nothing but the export; seeding runs in another child so it does not inflate the peak.
// Peak RSS comes from /usr/bin/time -v when present (exact), else from sampling process.memoryUsage().
import { runChild as runChildIn } from './run-child.mjs'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const self = fileURLToPath(import.meta.url)
const root = path.resolve(path.dirname(self), '..', '..')
const N = Number(process.env.BENCH_EXPORT_N ?? 10_000)
const ADMIN = 'bench-admin'
const ALL_STATUSES = ['draft', 'submitted', 'returned', 'approved', 'rejected', 'withdrawn', 'amending', 'cancelled']

const runChild = (args, opts) => runChildIn(root, self, args, opts)

async function sizeOfExports (dataDir) {
  const dir = path.join(dataDir, 'files', 'exports')
  let total = 0
  const walk = async (d) => {
    if (!existsSync(d)) return
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name)
      if (e.isDirectory()) await walk(p)
      else if (p.endsWith('.xlsx')) total += (await stat(p)).size
    }
  }
  await walk(dir)
  return total
}

export async function benchExport ({ log }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'filing-bench-export-'))
  try {
    log(`export: seeding ${N} filings (backend/seed/bulk.ts)…`)
    const seeded = await runChild(['child-seed', dataDir, String(N)], { timeV: false })
    log('export: exporting through the staff `export` action…')
    const timeV = existsSync('/usr/bin/time')
    const { result, maxRssKb } = await runChild(['child-export', dataDir], { timeV })
    const peakMb = (maxRssKb !== null ? maxRssKb / 1024 : result.sampledPeakRssMb)
    const fileBytes = await sizeOfExports(dataDir)
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`
    const rows = [
      [`export ${result.filings} filings → .xlsx`, s(result.exportMs), `goal < 5 s; ${result.rows} rows, ${(fileBytes / 1024 / 1024).toFixed(1)} MB file`],
      ['export peak memory (RSS)', `${peakMb.toFixed(0)} MB`, `goal < 300 MB; ${maxRssKb !== null ? '/usr/bin/time -v' : 'sampled'}; ${result.baselineRssMb.toFixed(0)} MB before the export`],
      [`bulk seed ${seeded.result.inserted} filings (SQLite)`, s(seeded.result.seedMs), 'setup, not part of the goal']
    ]
    return {
      rows,
      json: {
        export: {
          filings: result.filings,
          rows: result.rows,
          exportMs: Math.round(result.exportMs),
          peakRssMb: Math.round(peakMb),
          peakRssSource: maxRssKb !== null ? 'time -v' : 'sampled',
          sampledPeakRssMb: Math.round(result.sampledPeakRssMb),
          baselineRssMb: Math.round(result.baselineRssMb),
          fileBytes,
          seedMs: Math.round(seeded.result.seedMs)
        }
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

// ---- child processes (run under `node --import tsx`, so they can load the TypeScript backend) ----

async function openRuntime (dataDir) {
  const { createLocalRuntime } = await import(pathToFileURL(path.join(root, 'backend/runtime/local.ts')).href)
  const { setRuntime } = await import(pathToFileURL(path.join(root, 'backend/runtime/current.ts')).href)
  const rt = createLocalRuntime({ dataDir, seedDemo: false, adminOpenids: [ADMIN] })
  await rt.ready
  setRuntime(rt)
  return rt
}

async function childSeed (dataDir, n) {
  const rt = await openRuntime(dataDir)
  const { seedBulk } = await import(pathToFileURL(path.join(root, 'backend/seed/bulk.ts')).href)
  const t0 = performance.now()
  const report = await seedBulk(rt, n)
  const seedMs = performance.now() - t0
  rt.close()
  console.log(JSON.stringify({ inserted: report.inserted, seedMs }))
}

async function childExport (dataDir) {
  const rt = await openRuntime(dataDir)
  const { main } = await import(pathToFileURL(path.join(root, 'cloudfunctions/staff/index.ts')).href)
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 10)
  const t0 = performance.now()
  const res = await main({ action: 'export', input: { status: ALL_STATUSES } }, { local: { openid: ADMIN } })
  const exportMs = performance.now() - t0
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  rt.close()
  if (!res.ok) throw new Error(`export failed: ${JSON.stringify(res.error)}`)
  console.log(JSON.stringify({ filings: res.data.filings, rows: res.data.rows, exportMs, baselineRssMb, sampledPeakRssMb: peak / 1024 / 1024 }))
}

if (process.argv[1] === self) {
  const [mode, dataDir, n] = process.argv.slice(2)
  if (mode === 'child-seed') await childSeed(dataDir, Number(n))
  else if (mode === 'child-export') await childExport(dataDir)
  else {
    // Standalone: `node scripts/bench/export.mjs` prints this section only.
    const out = await benchExport({ log: (m) => console.error(`[bench] ${m}`) })
    for (const r of out.rows) console.log(r.join('  '))
    console.log(JSON.stringify(out.json, null, 2))
  }
}
