/**
 * The deployable artefacts: bundled cloud functions (dist/cloudfunctions, built by `npm test`),
 * project.config.json for WeChat DevTools and the function settings `npm run deploy` applies.
 */
import path from 'node:path'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { execFileSync } from 'node:child_process'

const ROOT = path.resolve(__dirname, '..', '..')
const OUT = path.join(ROOT, 'dist', 'cloudfunctions')
const sources = readdirSync(path.join(ROOT, 'cloudfunctions'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(path.join(ROOT, 'cloudfunctions', d.name, 'index.ts')))
  .map((d) => d.name).sort()
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'))

describe('bundled cloud functions', () => {
  test('when the functions are bundled, then every function folder has index.js, package.json and config.json', () => {
    expect(sources).toEqual(expect.arrayContaining(['applicant']))
    for (const fn of sources) {
      for (const file of ['index.js', 'package.json', 'config.json']) expect(existsSync(path.join(OUT, fn, file))).toBe(true)
    }
  })

  test('when a bundle is inspected, then it carries no SQLite and no local OCR engine, and its package.json lists only cloud runtime dependencies', () => {
    const allowed = ['@cloudbase/node-sdk', 'exceljs', 'wx-server-sdk']
    for (const fn of sources) {
      const code = readFileSync(path.join(OUT, fn, 'index.js'), 'utf8')
      expect(code).not.toMatch(/better-sqlite3|better_sqlite3/)
      expect(code).not.toMatch(/@gutenye|onnxruntime|ocr-worker|require\("sharp"\)/)
      const deps = Object.keys(readJson(path.join(OUT, fn, 'package.json')).dependencies ?? {})
      for (const d of deps) expect(allowed).toContain(d)
    }
  })

  test('when a bundle is loaded in a Node process where SQLite cannot be resolved, then it exports main and answers an unknown action without crashing', () => {
    for (const fn of sources) {
      const script = `
        const Module = require('module')
        const orig = Module._resolveFilename
        Module._resolveFilename = function (req, ...rest) {
          if (/better-sqlite3/.test(req)) throw new Error('SQLite must not be loaded in the cloud')
          if (/@gutenye|onnxruntime|^sharp$/.test(req)) throw new Error('the local OCR engine must not be loaded in the cloud')
          return orig.call(this, req, ...rest)
        }
        const { main } = require(${JSON.stringify(path.join(OUT, fn, 'index.js'))})
        if (typeof main !== 'function') throw new Error('no main')
        process.stdout.write('loaded')
      `
      expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, TCB_ENV: '' } })).toBe('loaded')
    }
  })

  test('when a function never sends a subscription message, then it does not declare the send permission; wx-server-sdk is declared exactly by functions that make cloud calls', () => {
    for (const fn of sources) {
      // The one sender is the outbox dispatcher; a bundle that does not contain it never sends.
      const sends = readFileSync(path.join(OUT, fn, 'index.js'), 'utf8').includes('async function dispatchOutbox(')
      const config = readJson(path.join(OUT, fn, 'config.json'))
      const openapi: string[] = config.permissions?.openapi ?? []
      const deps = Object.keys(readJson(path.join(OUT, fn, 'package.json')).dependencies ?? {})
      expect({ fn, permission: openapi.includes('subscribeMessage.send'), wxServerSdk: deps.includes('wx-server-sdk') })
        .toEqual({ fn, permission: sends, wxServerSdk: openapi.length > 0 })
    }
    expect(sources.filter((fn) => readFileSync(path.join(OUT, fn, 'index.js'), 'utf8').includes('async function dispatchOutbox('))).toEqual(['system'])
    expect(readJson(path.join(OUT, 'applicant', 'config.json')).permissions.openapi).toEqual(expect.arrayContaining(['ocr.idcard', 'ocr.businessLicense', 'cloudbase.sendSms']))
  })

  test('when a function would import the local OCR engine (or any local-only adapter), then the build refuses it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fn-'))
    const entry = path.join(dir, 'index.ts')
    writeFileSync(entry, `import { createPaddleOcr } from ${JSON.stringify(path.join(ROOT, 'backend/adapters/local/ocr-paddle'))}\nexport const main = createPaddleOcr\n`)
    const script = `
      const { build } = await import('esbuild')
      const { forbid } = await import(${JSON.stringify(path.join(ROOT, 'scripts/build-functions.mjs'))})
      try {
        await build({ entryPoints: [${JSON.stringify(entry)}], bundle: true, platform: 'node', write: false, logLevel: 'silent', plugins: [forbid] })
        process.stdout.write('bundled')
      } catch (e) { process.stdout.write(String(e.message)) }
    `
    try {
      expect(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' })).toMatch(/ocr-paddle is local-only/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('when a bundle is loaded, then the image codecs (jpeg-js, pngjs and the zlib/assert they need) are not initialised: they load at the first ingest only', () => {
    for (const fn of sources) {
      const bundle = path.join(OUT, fn, 'index.js')
      const script = `
        const Module = require('module')
        const orig = Module._load
        const seen = []
        Module._load = function (req, parent, ...rest) {
          if (parent && parent.filename === ${JSON.stringify(bundle)}) seen.push(req)
          return orig.call(this, req, parent, ...rest)
        }
        require(${JSON.stringify(bundle)})
        process.stdout.write(JSON.stringify(seen))
      `
      const seen = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, TCB_ENV: '' } })) as string[]
      expect({ fn, codecs: seen.filter((r) => /zlib|assert|jpeg|png/.test(r)) }).toEqual({ fn, codecs: [] })
    }
  })

  test('when the watermark outlines are compared with the font package and the configs, then they are current', () => {
    const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'generate-watermark-glyphs.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' })
    expect(out).toMatch(/up to date/)
  }, 60_000)

  test('when WeChat DevTools opens the project, then project.config.json points at the weapp build and the bundled functions', () => {
    const cfg = readJson(path.join(ROOT, 'project.config.json'))
    expect(cfg.miniprogramRoot).toBe('dist/weapp/')
    expect(cfg.cloudfunctionRoot).toBe('dist/cloudfunctions/')
  })

  test('when deploy runs, then it deploys exactly the bundled functions, each with its settings and the one timer by one name', () => {
    const { functionSpecs, FUNCTION_SETTINGS } = require('../../scripts/deploy/manifest') as typeof import('../../scripts/deploy/manifest')
    const specs = functionSpecs(ROOT)
    expect(specs.map((f) => f.name)).toEqual(sources)
    for (const f of specs) expect(FUNCTION_SETTINGS[f.name]).toEqual({ timeout: f.timeout, memorySize: f.memorySize })
    // No second deploy description that could name the trigger differently (the old cloudbaserc.json).
    expect(existsSync(path.join(ROOT, 'cloudbaserc.json'))).toBe(false)
    const triggers = specs.flatMap((f) => f.triggers.map((t) => `${f.name}.${t.name}`))
    expect(triggers).toEqual(['system.every5min'])
    expect(readJson(path.join(OUT, 'system', 'config.json')).triggers).toEqual([{ name: 'every5min', type: 'timer', config: '0 */5 * * * * *' }])
  })

  test('when the source is searched, then no env id, app id or template id is hard-coded', () => {
    const files = execFileSync('git', ['ls-files', 'src', 'backend', 'cloudfunctions', 'config'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
    for (const f of files) {
      const text = readFileSync(path.join(ROOT, f), 'utf8')
      expect({ f, env: /cloud1-[a-z0-9]{6,}/.test(text), appid: /\bwx[0-9a-f]{16}\b/.test(text) }).toEqual({ f, env: false, appid: false })
    }
  })
})
