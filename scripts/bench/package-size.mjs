// Weapp package sizes: main package, each subpackage and the total, beside an empty Taro React
// app built with the same config (the floor the main-package goal is measured against).
import { copyFile, readdir, readFile, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { buildTaro, root, run } from '../lib/builds.mjs'

async function files (dir) {
  const out = []
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...await files(p))
    else out.push(p)
  }
  return out
}

/** Sizes of a weapp output folder split by the subpackage roots in its app.json. */
export async function packageSizes (dist) {
  const appJson = JSON.parse(await readFile(path.join(dist, 'app.json'), 'utf8'))
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''))
  const sizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])), total: 0 }
  for (const f of await files(dist)) {
    const rel = path.relative(dist, f).split(path.sep).join('/')
    if (rel.endsWith('.LICENSE.txt') || rel === 'project.config.json' || rel.endsWith('.map')) continue
    const size = (await stat(f)).size
    sizes.total += size
    const sub = roots.find((r) => rel.startsWith(r + '/'))
    if (sub) sizes.subpackages[sub] += size
    else sizes.main += size
  }
  return sizes
}

export async function benchPackageSize ({ log }) {
  await buildTaro('weapp', { log })
  const emptyOut = path.join(root, '.cache', 'empty-weapp')
  if (!existsSync(path.join(emptyOut, 'app.json'))) {
    log('building the empty Taro React app (same config)…')
    // Taro's h5 template lives beside the sources; the empty app borrows the real one.
    await copyFile(path.join(root, 'src', 'index.html'), path.join(root, 'scripts', 'bench', 'empty-app', 'index.html'))
    await run(path.join(root, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
      quiet: true,
      env: { NODE_ENV: 'production', TARO_SOURCE_ROOT: 'scripts/bench/empty-app', TARO_OUTPUT_ROOT: '.cache/empty-weapp' }
    })
  }
  const app = await packageSizes(path.join(root, 'dist', 'weapp'))
  const empty = await packageSizes(emptyOut)
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`
  const rows = [
    ['weapp main package', kb(app.main), `${(app.main / empty.main).toFixed(2)}× the empty app; goal ≤ 450 KB`],
    ...Object.entries(app.subpackages).map(([r, n]) => [`weapp subpackage ${r}`, kb(n), 'limit 2048 KB']),
    ['weapp total', kb(app.total), ''],
    ['empty Taro React app (floor)', kb(empty.main), 'same config']
  ]
  return { rows, json: { weapp: { mainBytes: app.main, subpackages: app.subpackages, totalBytes: app.total }, emptyAppBytes: empty.main } }
}
