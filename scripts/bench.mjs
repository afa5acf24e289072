#!/usr/bin/env node
// `npm run bench`: figures, never pass/fail. Prints a table and writes JSON to .cache/bench.json
// (`npm run bench -- <section> …` runs only those sections and writes .cache/bench-<sections>.json).
import { mkdir, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './lib/builds.mjs'

// Each section is a module exporting one async function ({ log }) => { rows, json }.
const SECTIONS = [
  ['package size', 'package-size.mjs', 'benchPackageSize'],
  ['document photo', 'photo.mjs', 'benchPhoto'],
  ['ocr', 'ocr.mjs', 'benchOcr'],
  ['excel export', 'export.mjs', 'benchExport'],
  ['legacy import', 'legacy-import.mjs', 'benchLegacyImport'],
  ['backend', 'backend.mjs', 'benchBackend'],
  ['cold load', 'cold-load.mjs', 'benchColdLoad']
]
// `npm run bench -- cold-load backend` runs only the named sections (file names without .mjs).
const only = process.argv.slice(2)
const sections = []
for (const [name, file, fn] of SECTIONS) {
  const p = path.join(root, 'scripts', 'bench', file)
  if (only.length > 0 && !only.includes(file.replace(/\.mjs$/, ''))) continue
  if (existsSync(p)) sections.push([name, (await import(pathToFileURL(p).href))[fn]])
}
const log = (m) => console.error(`[bench] ${m}`)
const rows = []
const json = { at: new Date().toISOString(), node: process.version }
for (const [name, fn] of sections) {
  try {
    const out = await fn({ log })
    rows.push(...out.rows)
    Object.assign(json, out.json)
  } catch (e) {
    rows.push([name, 'error', String(e.message ?? e).split('\n')[0]])
  }
}
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)))
console.log(rows.map((r) => r.map((c, i) => String(c).padEnd(w[i])).join('  ')).join('\n'))
await mkdir(path.join(root, '.cache'), { recursive: true })
await writeFile(path.join(root, '.cache', only.length > 0 ? `bench-${only.join('-')}.json` : 'bench.json'), JSON.stringify(json, null, 2))
console.log('\n' + JSON.stringify(json, null, 2))
