/**
 * `npm run deploy -- --dry-run` prints the whole plan for the sample configuration without
 * credentials or network: complete (every collection, index, rule, function setting, variable,
 * trigger, permission, upload and console step), stable from run to run, and reviewed (the
 * snapshot: when a collection, index or function changes, review the new plan and update it with
 * `npx jest test/build/deploy-plan.test.ts -u`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import path from 'node:path'
import { CLOUD_COLLECTIONS } from '../../backend/adapters/cloudbase/collections'
import { runDeploy } from '../../scripts/deploy/deploy'
import { FUNCTION_SETTINGS, STORAGE_RULE } from '../../scripts/deploy/manifest'

const ROOT = path.resolve(__dirname, '..', '..')
const SAMPLE = 'deploy.config.example.json'

async function dryRun(env: Record<string, string> = {}): Promise<{ code: number; text: string }> {
  const lines: string[] = []
  const code = await runDeploy(['--dry-run', '--config', SAMPLE], { root: ROOT, env, log: (l) => lines.push(l) })
  return { code, text: lines.join('\n') }
}

describe('npm run deploy -- --dry-run', () => {
  const saved = { fetch: globalThis.fetch, http: http.request, https: https.request }
  beforeAll(() => {
    // No network: any attempt fails the run.
    const refuse = () => { throw new Error('the dry run must not use the network') }
    globalThis.fetch = refuse as typeof fetch
    http.request = refuse as unknown as typeof http.request
    https.request = refuse as unknown as typeof https.request
  })
  afterAll(() => {
    globalThis.fetch = saved.fetch
    http.request = saved.http
    https.request = saved.https
  })

  test('when run without credentials, then the plan is complete: collections, indexes, rules, functions, variables, trigger, permission, upload and console steps', async () => {
    const { code, text } = await dryRun()
    expect(code).toBe(0)
    for (const col of CLOUD_COLLECTIONS) {
      expect(text).toContain(`create collection ${col.name}`)
      expect(text).toContain(`collection ${col.name} permission ADMINONLY`)
      for (const ix of col.indexes) expect(text).toContain(`create index ${col.name}.${ix.name}`)
    }
    expect(text).toContain(`storage rule ${JSON.stringify(STORAGE_RULE)}`)
    for (const [fn, s] of Object.entries(FUNCTION_SETTINGS)) {
      expect(text).toContain(`create function ${fn}: Nodejs18.15, timeout ${s.timeout} s, memory ${s.memorySize} MB, variables ADMIN_OPENIDS=oAbCdEfGhIjKlMnOpQrStUvWxYz0, FILING_CRYPTO_KEY=<secret>, MINIPROGRAM_STATE=trial, SUBSCRIBE_LONG_TERM=false, SUBSCRIBE_TEMPLATES=`)
    }
    expect(text).toContain('create timer trigger system.every5min "0 */5 * * * * *"')
    expect(text).toContain('function system needs the cloud-call permission (subscribeMessage.send)')
    expect(text).toContain('upload the mini-program version 1.0.0')
    expect(text).toMatch(/kept if deployed, else generated once/)
    for (const consoleStep of ['摄像头、选中的照片或视频信息、相册（仅写入）、剪切板', '选用模板，把模板 ID 和字段列表', '长期订阅']) expect(text).toContain(consoleStep)
    expect(text).not.toMatch(/[0-9a-f]{64}/)
  })

  test('when the storage rule is read in backend/README.md, then it is the one deploy applies', () => {
    const readme = require('node:fs').readFileSync(path.join(ROOT, 'backend', 'README.md'), 'utf8') as string
    const block = /## Storage rule[^\n]*\n[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme)
    expect(block).not.toBeNull()
    expect(JSON.parse(block![1])).toEqual(STORAGE_RULE)
  })

  test('when the AppSecret is set, then the plan grants the permission itself instead of asking for DevTools', async () => {
    const { text } = await dryRun({ WECHAT_APP_SECRET: 'x' })
    expect(text).toContain('grant function system the cloud-call permission: subscribeMessage.send')
    expect(text).not.toContain('function system needs the cloud-call permission')
  })

  test('when run twice, then the plan is the same, and it is the reviewed one', async () => {
    const a = await dryRun()
    const b = await dryRun()
    expect(b.text).toBe(a.text)
    expect(a.text).toMatchSnapshot()
  })
})

describe('on a fresh clone without credentials', () => {
  const bin = path.join(ROOT, 'node_modules', '.bin', 'tsx')
  // Whatever credentials this machine has are removed; a fresh clone has no deploy.config.json.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(TCB_|TENCENTCLOUD_|WECHAT_|MINIPROGRAM_|FILING_)/.test(k))) as NodeJS.ProcessEnv
  const configArgs = existsSync(path.join(ROOT, 'deploy.config.json')) ? ['--config', SAMPLE] : []

  test('when `npm run deploy -- --dry-run` runs, then it prints the plan from the example configuration and exits 0', () => {
    const r = spawnSync(bin, [path.join(ROOT, 'scripts', 'deploy', 'deploy.ts'), '--dry-run', ...configArgs], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('deploy plan (dry run: no network, no credentials)')
    expect(r.stdout).toContain(SAMPLE)
  }, 90_000)

  test('when `npm run doctor` checks the example configuration, then it passes; without a configuration it names the file to create and fails', () => {
    const ok = spawnSync(bin, [path.join(ROOT, 'scripts', 'deploy', 'doctor-cli.ts'), '--config', SAMPLE], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 })
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('passed:')
    const missing = spawnSync(bin, [path.join(ROOT, 'scripts', 'deploy', 'doctor-cli.ts'), '--config', 'no-such.config.json'], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 })
    expect(missing.status).toBe(1)
    expect(missing.stdout).toContain('copy deploy.config.example.json to deploy.config.json')
  }, 90_000)
})
