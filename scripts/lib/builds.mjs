// Shared by `npm start`, `npm test` and `npm run bench`: build what is stale, once.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

async function walk (dir, out) {
  if (!existsSync(dir)) return
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) await walk(p, out)
    else out.push(p)
  }
}

/** A fingerprint of the sources a build reads (content hash, so a fresh clone rebuilds once). */
async function fingerprint (dirs, extra) {
  const files = []
  for (const d of dirs) await walk(path.join(root, d), files)
  for (const f of extra) if (existsSync(path.join(root, f))) files.push(path.join(root, f))
  files.sort()
  const h = createHash('sha256')
  for (const f of files) { h.update(path.relative(root, f)); h.update(await readFile(f)) }
  return h.digest('hex')
}

export function run (cmd, args, { env = {}, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
    let output = ''
    if (quiet) {
      child.stdout.on('data', (d) => { output += d })
      child.stderr.on('data', (d) => { output += d })
    }
    child.on('error', reject)
    child.on('exit', (code) => code === 0 ? resolve(output) : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`)))
  })
}

const TARO_INPUTS = { dirs: ['src', 'config'], extra: ['babel.config.js', 'package.json', 'tsconfig.json'] }

/** Builds the Taro app for `type` (weapp | h5) unless dist/<type> matches the current sources. */
export async function buildTaro (type, { force = false, log = console.log } = {}) {
  const stampFile = path.join(root, 'dist', `.${type}.stamp`)
  const fp = await fingerprint(TARO_INPUTS.dirs, TARO_INPUTS.extra)
  if (!force && existsSync(stampFile) && (await readFile(stampFile, 'utf8')) === fp && existsSync(path.join(root, 'dist', type))) {
    log(`taro ${type}: up to date`)
    return false
  }
  const t0 = Date.now()
  log(`taro ${type}: building…`)
  await run(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', type], { env: { NODE_ENV: 'production' }, quiet: true })
  await writeFile(stampFile, fp)
  log(`taro ${type}: built in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  return true
}

export async function buildFunctionsIfStale ({ log = console.log } = {}) {
  const { buildFunctions } = await import('../build-functions.mjs')
  const results = await buildFunctions({ quiet: true })
  log(`cloud functions bundled: ${results.map((r) => r.name).join(', ')}`)
  return results
}

export async function fileSize (p) {
  return (await stat(p)).size
}
