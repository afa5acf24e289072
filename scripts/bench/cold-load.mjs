// Cold load: how long each bundled cloud function takes to load (`require` of its index.js, as the
// platform does on a cold start) beside @cloudbase/node-sdk alone, which every function needs
// anyway. Fresh Node process per measurement, the candidates interleaved so machine noise hits
// them alike; the median of many runs. Goal: every function ≤ 1.3× node-sdk.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { root } from '../lib/builds.mjs'
import { buildFunctions } from '../build-functions.mjs'

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 41)
const GOAL = 1.3

function loadMs (target) {
  const script = `const t=process.hrtime.bigint();require(${JSON.stringify(target)});process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))`
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TCB_ENV: '' } })
  if (r.status !== 0) throw new Error(`loading ${target} failed: ${r.stderr.split('\n').slice(0, 3).join(' ')}`)
  return Number(r.stdout)
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2 }
const round = (x) => Math.round(x * 100) / 100

export async function benchColdLoad ({ log }) {
  const dist = path.join(root, 'dist', 'cloudfunctions')
  if (!existsSync(dist)) await buildFunctions({ quiet: true })
  const fns = readdirSync(dist).filter((f) => existsSync(path.join(dist, f, 'index.js'))).sort()
  const targets = [['@cloudbase/node-sdk', '@cloudbase/node-sdk'], ...fns.map((f) => [f, path.join(dist, f, 'index.js')])]
  const times = Object.fromEntries(targets.map(([name]) => [name, []]))
  log(`cold load: ${RUNS} fresh processes per function (${fns.join(', ')}) and for node-sdk alone…`)
  for (let i = 0; i < RUNS; i++) for (const [name, target] of targets) times[name].push(loadMs(target))
  const base = median(times['@cloudbase/node-sdk'])
  const json = { runs: RUNS, goal: GOAL, nodeSdkMedianMs: round(base), functions: {} }
  const rows = [['cold load @cloudbase/node-sdk alone (baseline)', `median ${round(base)} ms`, `${RUNS} fresh processes`]]
  for (const fn of fns) {
    const m = median(times[fn])
    const ratio = m / base
    json.functions[fn] = { medianMs: round(m), ratio: round(ratio) }
    rows.push([`cold load function ${fn}`, `median ${round(m)} ms, ${round(ratio)}× node-sdk`, ratio <= GOAL ? `≤ ${GOAL}× goal met` : `over the ${GOAL}× goal`])
  }
  return { rows, json: { coldLoad: json } }
}
