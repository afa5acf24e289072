// Cold load: how long each bundled cloud function takes to load (`require` of its index.js, as the
// platform does on a cold start) beside @cloudbase/node-sdk alone, which every function needs
// anyway. Fresh Node process per measurement, the candidates interleaved so machine noise hits
// them alike; the median of many runs. Goal: every function ≤ 1.3× node-sdk. Two clocks: wall time,
// and the CPU time (user + system) the load took, which a busy machine inflates far less (on a
// loaded 2-core machine the wall time mostly measures waiting for a core).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { root } from '../lib/builds.mjs'
import { buildFunctions } from '../build-functions.mjs'

const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 41)
const GOAL = 1.3

function loadMs (target) {
  const script = `const c=process.cpuUsage();const t=process.hrtime.bigint();require(${JSON.stringify(target)});const w=Number(process.hrtime.bigint()-t)/1e6;const u=process.cpuUsage(c);process.stdout.write(JSON.stringify({wall:w,cpu:(u.user+u.system)/1000}))`
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', env: { ...process.env, TCB_ENV: '' } })
  if (r.status !== 0) throw new Error(`loading ${target} failed: ${r.stderr.split('\n').slice(0, 3).join(' ')}`)
  return JSON.parse(r.stdout)
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2 }
const round = (x) => Math.round(x * 100) / 100

export async function benchColdLoad ({ log }) {
  const dist = path.join(root, 'dist', 'cloudfunctions')
  if (!existsSync(dist)) await buildFunctions({ quiet: true })
  const fns = readdirSync(dist).filter((f) => existsSync(path.join(dist, f, 'index.js'))).sort()
  const targets = [['@cloudbase/node-sdk', '@cloudbase/node-sdk'], ...fns.map((f) => [f, path.join(dist, f, 'index.js')])]
  const times = Object.fromEntries(targets.map(([name]) => [name, { wall: [], cpu: [] }]))
  log(`cold load: ${RUNS} fresh processes per function (${fns.join(', ')}) and for node-sdk alone…`)
  for (let i = 0; i < RUNS; i++) {
    for (const [name, target] of targets) {
      const t = loadMs(target)
      times[name].wall.push(t.wall)
      times[name].cpu.push(t.cpu)
    }
  }
  const base = { wall: median(times['@cloudbase/node-sdk'].wall), cpu: median(times['@cloudbase/node-sdk'].cpu) }
  const json = { runs: RUNS, goal: GOAL, nodeSdkMedianMs: round(base.wall), nodeSdkMedianCpuMs: round(base.cpu), functions: {} }
  const rows = [['cold load @cloudbase/node-sdk alone (baseline)', `median ${round(base.wall)} ms wall, ${round(base.cpu)} ms CPU`, `${RUNS} fresh processes`]]
  for (const fn of fns) {
    const m = { wall: median(times[fn].wall), cpu: median(times[fn].cpu) }
    const ratio = { wall: m.wall / base.wall, cpu: m.cpu / base.cpu }
    json.functions[fn] = { medianMs: round(m.wall), ratio: round(ratio.wall), medianCpuMs: round(m.cpu), cpuRatio: round(ratio.cpu) }
    const worst = Math.max(ratio.wall, ratio.cpu)
    rows.push([`cold load function ${fn}`, `median ${round(m.wall)} ms wall (${round(ratio.wall)}×), ${round(m.cpu)} ms CPU (${round(ratio.cpu)}×) node-sdk`, worst <= GOAL ? `≤ ${GOAL}× goal met` : `over the ${GOAL}× goal on ${ratio.cpu > GOAL ? 'CPU' : 'wall'}`])
  }
  return { rows, json: { coldLoad: json } }
}
