/**
 * `npm run deploy` against Tencent Cloud's API as @cloudbase/manager-node really calls it: the SDK
 * signs and sends every request; only the network under it is replaced — node-fetch's requests to
 * *.tencentcloudapi.com and WeChat's API go to a local HTTP server that checks the signatures, keeps
 * the environment's state and records each request (support/fake-tencent-cloud.ts).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CLOUD_COLLECTIONS } from '../../backend/adapters/cloudbase/collections'
import { runDeploy } from '../../scripts/deploy/deploy'
import { FUNCTION_SETTINGS, OWNED_VARIABLES, STORAGE_RULE } from '../../scripts/deploy/manifest'
import { FakeTencentCloud } from './support/fake-tencent-cloud'

// The HTTP boundary: manager-node's fetch (node-fetch) reaches the local server instead of Tencent
// Cloud. Anything else leaving the machine fails the test.
jest.mock('node-fetch', () => {
  const real = jest.requireActual('node-fetch')
  const shim = (url: string, init: unknown) => {
    const u = new URL(url)
    if (!/^(tcb|scf|vpc)\.tencentcloudapi\.com$/.test(u.host)) throw new Error(`unexpected network request to ${u.host}`)
    return real(`${process.env.FAKE_TENCENT_CLOUD}${u.pathname}${u.search}`, init)
  }
  return Object.assign(shim, real, { __esModule: true, default: shim })
})

const ROOT = path.resolve(__dirname, '..', '..')
const ENV_ID = 'kaiping-test-1a2b3c'
const APPID = 'wx0123456789abcdef'
const KEY = 'ab'.repeat(32)
const CREDS = { TCB_SECRET_ID: 'AKIDtest0000000000000000000000000000', TCB_SECRET_KEY: 'test-secret-key-0000000000000000', WECHAT_APP_SECRET: 'app-secret-1' }
const functions = Object.keys(FUNCTION_SETTINGS).sort()

/** A copy of what deploy reads (function sources and builds, package.json, project files) plus a deploy config. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'deploy-'))
  for (const p of ['package.json', 'project.config.json', 'cloudfunctions', path.join('dist', 'cloudfunctions')]) cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true })
  const cfg = JSON.parse(readFileSync(path.join(ROOT, 'deploy.config.example.json'), 'utf8'))
  delete cfg.upload
  writeFileSync(path.join(dir, 'deploy.config.json'), JSON.stringify({ ...cfg, appid: APPID, envId: ENV_ID }, null, 2))
  return dir
}

async function deploy(fake: FakeTencentCloud, root: string, argv: string[] = [], env: Record<string, string> = CREDS) {
  const lines: string[] = []
  const code = await runDeploy(['--skip-build', ...argv], { root, env, log: (l) => lines.push(l), wechatBase: fake.url, generateKey: () => KEY })
  return { code, log: lines.join('\n') }
}

const vars = (fake: FakeTencentCloud, fn: string) => Object.fromEntries(fake.functions.get(fn)!.Variables.map((v) => [v.Key, v.Value]))

describe('npm run deploy against the Tencent Cloud API (network replaced at the HTTP boundary)', () => {
  let fake: FakeTencentCloud
  let root: string
  beforeAll(() => {
    if (!existsSync(path.join(ROOT, 'dist', 'cloudfunctions', 'system', 'index.js'))) throw new Error('dist/cloudfunctions is missing: run `npm test` (it builds first) or `npm run build:functions`')
  })
  beforeEach(async () => {
    fake = new FakeTencentCloud({ envId: ENV_ID, secretId: CREDS.TCB_SECRET_ID, secretKey: CREDS.TCB_SECRET_KEY, appid: APPID, appSecret: CREDS.WECHAT_APP_SECRET })
    await fake.start()
    process.env.FAKE_TENCENT_CLOUD = fake.url
    root = workspace()
  })
  afterEach(async () => {
    await fake.stop()
    rmSync(root, { recursive: true, force: true })
  })

  test('when deploy runs on an empty environment and then again, then the first run sets everything up and the second changes nothing', async () => {
    const first = await deploy(fake, root)
    expect({ code: first.code, log: first.code === 0 ? '' : first.log }).toEqual({ code: 0, log: '' })

    // Collections, their indexes, all server-only.
    for (const col of CLOUD_COLLECTIONS) {
      const have = fake.collections.get(col.name)
      expect(have?.acl).toBe('ADMINONLY')
      for (const ix of col.indexes) {
        expect(have?.indexes.get(ix.name)).toEqual({ keys: ix.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })), unique: ix.unique })
      }
    }
    expect(fake.storage).toEqual({ acl: 'CUSTOM', rule: JSON.stringify(STORAGE_RULE) })

    // Functions: runtime, timeout, memory, code, variables (one generated key on every function).
    expect([...fake.functions.keys()].sort()).toEqual(functions)
    for (const fn of functions) {
      const f = fake.functions.get(fn)!
      expect({ fn, runtime: f.Runtime, timeout: f.Timeout, memory: f.MemorySize, handler: f.Handler, install: f.InstallDependency })
        .toEqual({ fn, runtime: 'Nodejs18.15', timeout: FUNCTION_SETTINGS[fn].timeout, memory: FUNCTION_SETTINGS[fn].memorySize, handler: 'index.main', install: 'TRUE' })
      expect(Object.keys(vars(fake, fn)).sort()).toEqual([...OWNED_VARIABLES].sort())
      expect(vars(fake, fn)).toMatchObject({ FILING_CRYPTO_KEY: KEY, ADMIN_OPENIDS: 'oAbCdEfGhIjKlMnOpQrStUvWxYz0', MINIPROGRAM_STATE: 'trial', SUBSCRIBE_LONG_TERM: 'false' })
      expect(JSON.parse(vars(fake, fn).SUBSCRIBE_TEMPLATES).reviewResult.keys.result).toBe('phrase2')
    }
    const create = fake.requests.filter((r) => r.action === 'CreateFunction')
    expect(create.map((r) => r.params.Code.ZipFile.length > 1000)).toEqual(functions.map(() => true))
    // The one timer, by its one name, and the send permission only where messages are sent.
    expect(fake.functions.get('system')!.Triggers).toEqual([{ TriggerName: 'every5min', Type: 'timer', TriggerDesc: JSON.stringify({ cron: '0 */5 * * * * *' }) }])
    for (const fn of functions.filter((f) => f !== 'system')) expect(fake.functions.get(fn)!.Triggers).toEqual([])
    expect([...fake.openapi]).toEqual([['applicant', ['ocr.idcard', 'ocr.businessLicense', 'cloudbase.sendSms']], ['system', ['subscribeMessage.send']]])
    expect(first.log).toContain('FILING_CRYPTO_KEY 已生成')
    expect(first.log).not.toContain(KEY)

    const mark = fake.requests.length
    const second = await deploy(fake, root)
    expect(second.code).toBe(0)
    expect(fake.changes(mark)).toEqual([])
    expect(second.log).toContain('nothing to change')
    expect(second.log).toContain('done: 0 change(s)')
  }, 180_000)

  test('when variables, timeout and trigger were changed in the console, then deploy restores its own and keeps the variables it does not own and the key', async () => {
    expect((await deploy(fake, root)).code).toBe(0)
    const staff = fake.functions.get('staff')!
    staff.Variables = [...staff.Variables.filter((v) => v.Key !== 'MINIPROGRAM_STATE'), { Key: 'MINIPROGRAM_STATE', Value: 'formal' }, { Key: 'OCR_SECRET', Value: 'set-by-hand' }]
    fake.functions.get('applicant')!.Timeout = 3
    fake.functions.get('system')!.Triggers = [{ TriggerName: 'every-5-minutes', Type: 'timer', TriggerDesc: '0 */5 * * * * *' }]
    const mark = fake.requests.length

    const run = await deploy(fake, root)
    expect(run.code).toBe(0)
    const changes = fake.changes(mark)
    expect(changes.map((r) => `${r.action} ${r.params.FunctionName} ${r.params.TriggerName ?? ''}`.trim()).sort()).toEqual([
      'BatchCreateTrigger system', 'DeleteTrigger system every-5-minutes', 'UpdateFunctionConfiguration applicant', 'UpdateFunctionConfiguration staff'
    ])
    expect(vars(fake, 'staff')).toMatchObject({ MINIPROGRAM_STATE: 'trial', OCR_SECRET: 'set-by-hand', FILING_CRYPTO_KEY: KEY })
    expect(fake.functions.get('applicant')!.Timeout).toBe(20)
    expect(fake.functions.get('system')!.Triggers.map((t) => t.TriggerName)).toEqual(['every5min'])
  }, 180_000)

  test('when a function runs on a runtime below Node 18.15, then deploy changes nothing and names the fix; with --recreate-outdated it recreates it with every variable and the existing key', async () => {
    const existing = 'cd'.repeat(32)
    fake.functions.set('public', {
      Runtime: 'Nodejs16.13', Timeout: 3, MemorySize: 256, Description: '', Handler: 'index.main', InstallDependency: 'TRUE', codeUploads: 1, Triggers: [],
      Variables: [{ Key: 'FILING_CRYPTO_KEY', Value: existing }, { Key: 'KEEP_ME', Value: '1' }]
    })
    const blocked = await deploy(fake, root)
    expect(blocked.code).toBe(1)
    expect(blocked.log).toContain('--recreate-outdated')
    expect(fake.changes()).toEqual([])

    const run = await deploy(fake, root, ['--recreate-outdated'])
    expect(run.code).toBe(0)
    expect(fake.requests.filter((r) => r.action === 'DeleteFunction').map((r) => r.params.FunctionName)).toEqual(['public'])
    expect(fake.functions.get('public')!.Runtime).toBe('Nodejs18.15')
    expect(vars(fake, 'public')).toMatchObject({ KEEP_ME: '1', FILING_CRYPTO_KEY: existing })
    // The deployed key wins over generating one: every function gets it.
    for (const fn of functions) expect(vars(fake, fn).FILING_CRYPTO_KEY).toBe(existing)
  }, 180_000)

  test('when FILING_CRYPTO_KEY in the shell differs from the deployed one, then deploy refuses and changes nothing', async () => {
    expect((await deploy(fake, root)).code).toBe(0)
    const mark = fake.requests.length
    const run = await deploy(fake, root, [], { ...CREDS, FILING_CRYPTO_KEY: 'ef'.repeat(32) })
    expect(run.code).toBe(1)
    expect(run.log).toContain('deploy never replaces it')
    expect(fake.changes(mark)).toEqual([])
  }, 180_000)

  test('when no AppSecret is set, then the permission is left to a named DevTools step and nothing is sent to WeChat', async () => {
    const { TCB_SECRET_ID, TCB_SECRET_KEY } = CREDS
    const run = await deploy(fake, root, ['--only', 'permissions'], { TCB_SECRET_ID, TCB_SECRET_KEY })
    expect(run.code).toBe(0)
    expect(run.log).toContain('上传并部署：云端安装依赖')
    expect(fake.requests.filter((r) => r.service === 'wechat')).toEqual([])
    expect(fake.changes()).toEqual([])
  }, 120_000)

  test('when the secret key is wrong, then Tencent Cloud refuses the signature and deploy fails without changing anything', async () => {
    await expect(deploy(fake, root, [], { ...CREDS, TCB_SECRET_KEY: 'wrong' })).rejects.toThrow(/signature/)
    expect(fake.changes()).toEqual([])
  }, 60_000)
})
