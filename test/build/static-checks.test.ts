/** The codebase type-checks (strict) and respects its import boundaries (ESLint). */
import path from 'node:path'
import { spawnSync } from 'node:child_process'

const ROOT = path.resolve(__dirname, '..', '..')
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name)

describe('static checks', () => {
  test('when the whole project is type-checked, then tsc reports no errors', () => {
    const r = spawnSync(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 180_000)

  test('when the project is linted, then ESLint (incl. the import-boundary rules) reports no errors', () => {
    const r = spawnSync(bin('eslint'), ['.', '--max-warnings=0'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stdout + r.stderr).toBe('')
    expect(r.status).toBe(0)
  }, 180_000)

  test('when src/core is given a forbidden import, then the boundary rule rejects it', () => {
    const r = spawnSync(bin('eslint'), ['--stdin', '--stdin-filename', 'src/core/probe.ts'], {
      cwd: ROOT, encoding: 'utf8', input: "import fs from 'node:fs'\nimport Taro from '@tarojs/taro'\nexport const x = [fs, Taro]\n"
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('src/core is pure')
    expect(r.stdout).toContain('must not import the UI platform')
  }, 60_000)

  const lint = (filename: string, source: string) =>
    spawnSync(bin('eslint'), ['--stdin', '--stdin-filename', filename], { cwd: ROOT, encoding: 'utf8', input: source })

  test('when a feature imports a file inside another feature, then the boundary rule rejects it and names the public index', () => {
    const r = lint('src/features/public/probe.ts', "import { removeLocalDraft } from '../wizard/local-draft'\nexport const x = removeLocalDraft\n")
    expect(r.status).toBe(1)
    expect(r.stdout).toContain("may use feature 'wizard' only through its public index")
    const viaIndex = lint('src/features/filings/probe.ts', "import { removeLocalDraft } from '../wizard'\nexport const x = removeLocalDraft\n")
    expect(viaIndex.stdout + viaIndex.stderr).toBe('')
    expect(viaIndex.status).toBe(0)
  }, 60_000)

  test('when the shared ui kit or a service imports a feature, then the one-way rule rejects it', () => {
    const ui = lint('src/features/ui/probe.ts', "import { loadSession } from '../session'\nexport const x = loadSession\n")
    expect(ui.status).toBe(1)
    expect(ui.stdout).toContain('src/features/ui is shared by every feature and imports none')
    const service = lint('src/services/probe.ts', "import { loadSession } from '../features/session'\nexport const x = loadSession\n")
    expect(service.status).toBe(1)
    expect(service.stdout).toContain('src/services must not import src/features/session')
  }, 60_000)

  test('when a module imports one that imports it back, then the cycle rule rejects it', () => {
    // status.ts is imported by contracts/shared.ts; making status import shared closes a cycle.
    const r = lint('src/core/status.ts', "import { FilingId } from './contracts/shared'\nexport const x = FilingId\n")
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('Dependency cycle detected')
  }, 60_000)

  test('when a page path is written outside the route table, then ESLint rejects it', () => {
    const r = lint('src/features/filings/probe.ts', "export const a = '/pages/home/index'\nexport const b = (id: string) => `/packages/filing/pages/detail/index?id=${id}`\n")
    expect(r.status).toBe(1)
    expect(r.stdout.match(/Page paths come from the route table/g)).toHaveLength(2)
    const backend = lint('backend/services/probe.ts', "export const page = 'packages/filing/pages/detail/index'\n")
    expect(backend.status).toBe(1)
    expect(backend.stdout).toContain('Page paths come from the route table')
  }, 60_000)

  test('when a screen calls a platform API directly, then ESLint sends it to src/services', () => {
    const r = lint('src/features/filings/probe.ts', "import Taro from '@tarojs/taro'\nexport const go = () => Taro.navigateTo({ url: '' })\n")
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('Platform APIs are called only through src/services')
  }, 60_000)
})
