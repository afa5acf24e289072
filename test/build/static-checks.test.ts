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
})
