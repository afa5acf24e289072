#!/usr/bin/env node
// `npm test`: build what the test layers need (cloud-function bundles, weapp and h5 builds), make sure
// a Chromium is there for the e2e layer, run every jest project, and end with "N passed, N failed".
// Extra arguments go to jest (e.g. `npm test -- --selectProjects core backend`).
import path from 'node:path'
import { mkdir, readFile } from 'node:fs/promises'
import { spawn } from 'node:child_process'
import { buildFunctionsIfStale, buildTaro, root } from './lib/builds.mjs'
import { ensureChineseFont, ensureChromium } from './lib/chromium.mjs'

const args = process.argv.slice(2)
const selIdx = args.indexOf('--selectProjects')
const selected = selIdx >= 0 ? args.slice(selIdx + 1).filter((a) => !a.startsWith('-')) : ['core', 'backend', 'build', 'weapp', 'e2e']
const needs = (p) => selected.includes(p)
const log = (m) => console.log(`[test] ${m}`)

const t0 = Date.now()
try {
  if (needs('build') || needs('e2e') || needs('backend')) await buildFunctionsIfStale({ log })
  if (needs('weapp')) await buildTaro('weapp', { log })
  if (needs('e2e')) {
    await buildTaro('h5', { log })
    process.env.CHROMIUM_PATH = ensureChromium(log)
    ensureChineseFont(log)
    log(`chromium: ${process.env.CHROMIUM_PATH}`)
  }
} catch (e) {
  console.error(`[test] preparation failed: ${e.message}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
log(`preparation took ${((Date.now() - t0) / 1000).toFixed(1)} s`)

const resultsFile = path.join(root, '.cache', 'jest-results.json')
await mkdir(path.dirname(resultsFile), { recursive: true })
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js')
const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, [jest, '--json', `--outputFile=${resultsFile}`, ...args], { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } })
  child.on('exit', (c) => resolve(c ?? 1))
})

let summary = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numRuntimeErrorTestSuites: 0 }
try { summary = JSON.parse(await readFile(resultsFile, 'utf8')) } catch { /* jest crashed before writing */ }
const failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites + (code !== 0 && summary.numFailedTests === 0 && summary.numRuntimeErrorTestSuites === 0 ? 1 : 0)
console.log(`\n${summary.numPassedTests} passed, ${failed} failed${summary.numPendingTests ? `, ${summary.numPendingTests} skipped` : ''}`)
process.exit(code)
