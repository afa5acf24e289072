// Legacy import bench: a generated 10,000-row register (.xlsx with the real template's columns)
// imported through the real staff `legacy-import` action on SQLite: the check, then the confirmed
// call repeated while the answer says some remain (core importInCalls, as the import screen does;
// each call writes at most LEGACY_CALL_FILINGS). Reports the number of calls, the total time, the
// slowest call and the peak memory. Measured in a child process that does only the import
// (/usr/bin/time -v for the peak RSS when present, else sampled); the workbook is generated in
// another child.
import { runChild as runChildIn } from './run-child.mjs'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const self = fileURLToPath(import.meta.url)
const root = path.resolve(path.dirname(self), '..', '..')
const N = Number(process.env.BENCH_LEGACY_N ?? 10_000)
const ADMIN = 'bench-admin'

const runChild = (args, opts) => runChildIn(root, self, args, opts)

export async function benchLegacyImport ({ log }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'filing-bench-legacy-'))
  try {
    log(`legacy import: generating a ${N}-row register…`)
    const made = await runChild(['child-make', dir, String(N)], { timeV: false })
    log('legacy import: importing through the staff `legacy-import` action…')
    const timeV = existsSync('/usr/bin/time')
    const { result, maxRssKb } = await runChild(['child-import', dir], { timeV })
    const peakMb = maxRssKb !== null ? maxRssKb / 1024 : result.sampledPeakRssMb
    const s = (ms) => `${(ms / 1000).toFixed(2)} s`
    return {
      rows: [
        [`legacy import ${result.rows} rows → ${result.written} filings`, s(result.importMs), `check + ${result.calls} confirmed calls of ≤ ${result.perCall} filings; ${(made.result.bytes / 1024 / 1024).toFixed(1)} MB .xlsx`],
        ['legacy import slowest call', s(result.slowestCallMs), `the check ${s(result.checkMs)}; each call reads and checks the whole file again`],
        ['legacy import peak memory (RSS)', `${peakMb.toFixed(0)} MB`, `${maxRssKb !== null ? '/usr/bin/time -v' : 'sampled'}; ${result.baselineRssMb.toFixed(0)} MB before the import`],
        [`legacy re-import of the same file`, s(result.reimportMs), `${result.unchanged} unchanged, nothing written`]
      ],
      json: { legacyImport: { rows: result.rows, written: result.written, calls: result.calls, perCall: result.perCall, checkMs: Math.round(result.checkMs), slowestCallMs: Math.round(result.slowestCallMs), importMs: Math.round(result.importMs), reimportMs: Math.round(result.reimportMs), peakRssMb: Math.round(peakMb), peakRssSource: maxRssKb !== null ? 'time -v' : 'sampled', baselineRssMb: Math.round(result.baselineRssMb), fileBytes: made.result.bytes } }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// ---- child processes (run under `node --import tsx`) ----

async function childMake (dir, n) {
  // The very rows the import tests use (test/backend/support/legacy.ts).
  const { legacyRow, legacyWorkbook } = await import(pathToFileURL(path.join(root, 'test/backend/support/legacy.ts')).href)
  const bytes = await legacyWorkbook(Array.from({ length: n }, (_, i) => legacyRow(i + 1)))
  writeFileSync(path.join(dir, 'register.xlsx'), bytes)
  console.log(JSON.stringify({ bytes: bytes.length }))
}

async function childImport (dir) {
  const { createLocalRuntime } = await import(pathToFileURL(path.join(root, 'backend/runtime/local.ts')).href)
  const { setRuntime } = await import(pathToFileURL(path.join(root, 'backend/runtime/current.ts')).href)
  const rt = createLocalRuntime({ dataDir: path.join(dir, 'data'), seedDemo: false, adminOpenids: [ADMIN] })
  await rt.ready
  setRuntime(rt)
  const { main } = await import(pathToFileURL(path.join(root, 'cloudfunctions/staff/index.ts')).href)
  const bytes = readFileSync(path.join(dir, 'register.xlsx'))
  const upload = async () => {
    const loc = await main({ action: 'import-upload-location', input: {} }, { local: { openid: ADMIN } })
    if (!loc.ok) throw new Error(JSON.stringify(loc.error))
    return (await rt.localFiles.put(loc.data.cloudPath, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ADMIN)).fileId
  }
  const fileId = await upload()
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss) }, 10)
  const { importInCalls, LEGACY_CALL_FILINGS } = await import(pathToFileURL(path.join(root, 'src/core/index.ts')).href)
  const call = async (confirm) => {
    const res = await main({ action: 'legacy-import', input: { fileId, confirm } }, { local: { openid: ADMIN } })
    if (!res.ok) throw new Error(`legacy-import failed: ${JSON.stringify(res.error)}`)
    if (res.data.problemCount) throw new Error(`legacy-import refused the generated file: ${res.data.summary}`)
    return res.data
  }
  const t0 = performance.now()
  const check = await call(false)
  const checkMs = performance.now() - t0
  let slowestCallMs = 0
  let written = 0
  const end = await importInCalls(async () => {
    const t = performance.now()
    const data = await call(true)
    slowestCallMs = Math.max(slowestCallMs, performance.now() - t)
    written += data.written
    return data
  }, check.fresh)
  const importMs = performance.now() - t0
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  if (end.kind !== 'done') throw new Error(`legacy-import stopped: ${end.kind} ${end.error ?? ''}`)
  const again = await upload()
  const t1 = performance.now()
  const re = await main({ action: 'legacy-import', input: { fileId: again, confirm: true } }, { local: { openid: ADMIN } })
  const reimportMs = performance.now() - t1
  rt.close()
  console.log(JSON.stringify({ rows: check.rows, written, calls: end.calls, perCall: LEGACY_CALL_FILINGS, checkMs, slowestCallMs, unchanged: re.data?.unchanged ?? 0, importMs, reimportMs, baselineRssMb, sampledPeakRssMb: peak / 1024 / 1024 }))
}

if (process.argv[1] === self) {
  const [mode, dir, n] = process.argv.slice(2)
  if (mode === 'child-make') await childMake(dir, Number(n))
  else if (mode === 'child-import') await childImport(dir)
  else {
    const out = await benchLegacyImport({ log: (m) => console.error(`[bench] ${m}`) })
    for (const r of out.rows) console.log(r.join('  '))
    console.log(JSON.stringify(out.json, null, 2))
  }
}
