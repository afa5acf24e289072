/**
 * @jest-environment node
 *
 * WeChat's own code-quality checks (DevTools 代码质量 panel), run offline by WeChat's CI module
 * (scripts/check-code-quality.mjs) on the repository as DevTools opens it: project.config.json at
 * the root, the weapp build in dist/weapp. All 11 must pass: JS / WXML / WXSS compression, lazy
 * code loading, package sizes, images, unused or misplaced code.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')

test('when WeChat\'s code-quality checks run on the repository, then all 11 pass', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'check-code-quality.mjs')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
  const checks = JSON.parse(r.stdout.trim().split('\n').filter((l) => l.startsWith('[')).pop() ?? '[]') as Array<{ name: string; success: boolean; text: string }>
  expect(checks.map((c) => c.name).sort()).toEqual([
    'CONTAINS_OTHER_PKG_COMPONENTS', 'CONTAINS_OTHER_PKG_JS', 'CONTAINS_UNUSED_CODES', 'CONTAINS_UNUSED_COMPONENTS', 'CONTAINS_UNUSED_PLUGINS',
    'IMAGE_AND_AUDIO_LIMIT', 'JS_COMPRESS_OPEN', 'LAZYCODE_LOADING_OPEN', 'PACKAGE_SIZE_LIMIT', 'WXML_COMPRESS_OPEN', 'WXSS_COMPRESS_OPEN'
  ])
  expect(checks.filter((c) => !c.success).map((c) => `${c.name}: ${c.text}`)).toEqual([])
  expect(r.status).toBe(0)
}, 150_000)

test('when the weapp is built, then its own project.config.json opens in DevTools with the functions one level up and never the tourist AppID', () => {
  const cfg = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'weapp', 'project.config.json'), 'utf8'))
  expect(cfg.miniprogramRoot).toBe('./')
  expect(cfg.cloudfunctionRoot).toBe('../cloudfunctions/')
  expect(cfg.appid).not.toBe('touristappid')
  const root = JSON.parse(readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'))
  expect(root.appid).not.toBe('touristappid')
})

test('when the weapp is built, then the main package stays within the 450 KB budget and carries no date library', () => {
  // The tab pages show local times through core/local-time; one import of core/dates (dayjs and
  // its zone plugins, ~15 KB) or of a heavy core module from a tab page breaks this. Measured as
  // the bench measures it (scripts/bench/package-size.mjs, an ES module: run beside jest).
  const dist = path.join(ROOT, 'dist', 'weapp')
  const script = `import(${JSON.stringify(path.join(ROOT, 'scripts', 'bench', 'package-size.mjs'))}).then(async (m) => console.log((await m.packageSizes(${JSON.stringify(dist)})).main))`
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' })
  expect(r.stderr).toBe('')
  expect(Number(r.stdout.trim())).toBeLessThanOrEqual(450 * 1024)
  const mainJs = ['common.js', 'vendors.js', 'app.js'].map((f) => readFileSync(path.join(dist, f), 'utf8')).join('\n')
  expect(mainJs).not.toMatch(/"millisecond"/)
})
