/**
 * `npm run deploy`: build, then make the CloudBase environment match the repository and the
 * deploy configuration — collections and indexes, database and storage rules, the functions
 * (runtime, timeout, memory, variables, trigger, cloud-call permission) — printing what it did;
 * with an upload key configured, upload the mini-program too. Idempotent: a second run changes
 * nothing. `--dry-run` prints the whole plan without credentials or network.
 *
 *   npm run deploy -- --dry-run            the plan, nothing touched
 *   npm run deploy -- --prepare            DevTools path: build with the configured AppID/env, write project.config.json
 *   npm run deploy                         everything (needs TCB_SECRET_ID / TCB_SECRET_KEY)
 *   npm run deploy -- --only database,functions
 *   npm run deploy -- --recreate-outdated  recreate functions whose runtime is below Nodejs18.15
 *   npm run deploy -- --config other.json
 */
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { createCloudEnv, type CloudEnv, type CloudEnvOptions } from './cloud'
import { loadDeployConfig, secret, type DeployConfig } from './config'
import { formatReport, runDoctor } from './doctor'
import { codeHash, collectionSpecs, DATABASE_ACL, functionSpecs, ownedVariables, resolveCryptoKey, type FunctionSpec } from './manifest'
import { writeProjectAppid, uploadMiniprogram, type UploadOptions } from './miniprogram'
import { computePlan, describeStep, mutating, type Desired, type Step } from './plan'
import { createWechatApi, type FetchLike } from './wechat'

export const STAGES = ['database', 'storage', 'functions', 'permissions', 'miniprogram'] as const
type Stage = (typeof STAGES)[number]

export function stageOf(s: Step): Stage | 'notes' {
  switch (s.kind) {
    case 'create-collection': case 'create-index': case 'drop-index': case 'set-database-acl': return 'database'
    case 'set-storage-rule': return 'storage'
    case 'grant-openapi': return 'permissions'
    case 'manual': return /permission|权限/.test(s.en + s.zh) ? 'permissions' : 'notes'
    case 'upload-miniprogram': return 'miniprogram'
    default: return 'functions'
  }
}

const STAGE_TITLES: Record<Stage, string> = {
  database: '数据库：集合、索引、权限 / database: collections, indexes, rules',
  storage: '云存储安全规则 / storage rule',
  functions: '云函数：代码、运行时、超时、内存、环境变量、定时触发器 / functions: code, runtime, timeout, memory, variables, timer',
  permissions: '云调用权限 / cloud-call permissions',
  miniprogram: '小程序代码上传 / mini-program upload'
}

/** Steps only a person can do in the MP console; printed at the end of every run. */
export const CONSOLE_STEPS = [
  '公众平台 → 设置 → 服务内容声明 → 用户隐私保护指引：声明 摄像头、选中的照片或视频信息、相册（仅写入）、剪切板 / MP console privacy guide: declare camera, chosen photos, album (write only), clipboard',
  '公众平台 → 订阅消息：选用模板，把模板 ID 和字段列表（详情）复制到部署配置 subscribe.templates，再运行 npm run doctor / choose the subscription templates and copy their ids and field lists into the deploy config',
  '政务民生类目可申请长期订阅：公众平台 → 订阅消息 → 长期订阅；获批后把 subscribe.longTerm 设为 true / a 政务民生 mini-program may apply for long-term subscription; set subscribe.longTerm once granted'
]

export interface DeployArgs {
  dryRun: boolean
  prepare: boolean
  skipBuild: boolean
  recreateOutdated: boolean
  config?: string
  only: Stage[] | null
}

export function parseArgs(argv: string[]): DeployArgs | { error: string } {
  const a: DeployArgs = { dryRun: false, prepare: false, skipBuild: false, recreateOutdated: false, only: null }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dry-run') a.dryRun = true
    else if (arg === '--prepare') a.prepare = true
    else if (arg === '--skip-build') a.skipBuild = true
    else if (arg === '--recreate-outdated') a.recreateOutdated = true
    else if (arg === '--config') a.config = argv[++i]
    else if (arg === '--only') {
      const list = (argv[++i] ?? '').split(',').filter(Boolean)
      const bad = list.filter((s) => !(STAGES as readonly string[]).includes(s))
      if (bad.length) return { error: `--only: unknown stage ${bad.join(', ')} (stages: ${STAGES.join(', ')})` }
      a.only = list as Stage[]
    } else return { error: `unknown option ${arg}` }
  }
  return a
}

export interface DeployDeps {
  root: string
  env: Record<string, string | undefined>
  log: (line: string) => void
  /** Seams a test replaces: the network under the SDK, the build, randomness. */
  makeCloud?: (o: CloudEnvOptions) => CloudEnv
  wechatBase?: string
  wechatFetch?: FetchLike
  generateKey?: () => string
  build?: (what: 'functions' | 'weapp', config: DeployConfig) => void
  upload?: (o: UploadOptions) => Promise<void>
}

function defaultBuild(root: string, log: (l: string) => void) {
  return (what: 'functions' | 'weapp', config: DeployConfig) => {
    const cmd = what === 'functions' ? ['run', 'build:functions'] : ['run', 'build:weapp']
    log(`$ ${what === 'weapp' ? `TARO_APP_ID=${config.appid} CLOUD_ENV_ID=${config.envId} ` : ''}npm ${cmd.join(' ')}`)
    const r = spawnSync('npm', cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, TARO_APP_ID: config.appid, CLOUD_ENV_ID: config.envId } })
    if (r.status !== 0) throw new Error(`npm ${cmd.join(' ')} failed`)
  }
}

const group = (steps: Step[], log: (l: string) => void, only: Stage[] | null) => {
  for (const stage of STAGES) {
    if (only && !only.includes(stage)) continue
    const mine = steps.filter((s) => stageOf(s) === stage)
    log(`\n■ ${STAGE_TITLES[stage]}`)
    if (mine.length === 0) log('  (无需更改 / nothing to change)')
    for (const s of mine) log(`  - ${describeStep(s)}`)
  }
}

export async function runDeploy(argv: string[], deps: DeployDeps): Promise<number> {
  const { root, env, log } = deps
  const args = parseArgs(argv)
  if ('error' in args) {
    log(args.error)
    return 2
  }
  const loaded = loadDeployConfig(root, { explicit: args.config, allowExample: args.dryRun })
  const report = runDoctor(root, loaded, env)
  const problems = report.findings.filter((f) => f.level === 'problem')
  if (problems.length) {
    log(formatReport(report))
    if (!loaded.config || !args.dryRun) {
      log('\n部署已停止：先修复上面的问题（npm run doctor 可单独检查）/ deploy stopped: fix the problems above first (npm run doctor checks alone)')
      return 1
    }
  }
  const config = loaded.config as DeployConfig
  const functions = functionSpecs(root)
  const functionRoot = path.join(root, 'dist', 'cloudfunctions')
  const appSecret = secret(env, 'appSecret')
  const uploadKey = secret(env, 'uploadKeyPath')
  const wanted = config.upload ? { version: config.upload.version, description: config.upload.description, robot: config.upload.robot } : null
  // The dry run shows the upload whenever the configuration asks for one; a real run needs the key.
  const upload = uploadKey || args.dryRun ? wanted : null
  const desired = (variables: Record<string, string>, codeHashes: Record<string, string> | null): Desired => ({
    functions, collections: collectionSpecs(), databaseAcl: DATABASE_ACL, variables, codeHashes,
    canGrantOpenapi: Boolean(appSecret), recreateOutdated: args.recreateOutdated, miniprogram: { upload }
  })
  const filter = (steps: Step[]) => (args.only ? steps.filter((s) => stageOf(s) === 'notes' || args.only!.includes(stageOf(s) as Stage)) : steps)
  const consoleSteps = () => {
    log('\n■ 只能在微信公众平台完成的步骤 / steps only a person can do in the MP console')
    for (const c of CONSOLE_STEPS) log(`  - ${c}`)
  }

  if (args.dryRun) {
    log(`部署计划（演练：不连接网络，不需要密钥）/ deploy plan (dry run: no network, no credentials)`)
    log(`配置 / configuration: ${loaded.file}${loaded.isExample ? '（示例配置：真正部署前复制为 deploy.config.json 并填写 / the example: copy it to deploy.config.json before a real deploy)' : ''}`)
    log(`环境 / environment: ${config.envId} (${config.region}), AppID ${config.appid}, miniprogramState ${config.miniprogramState}`)
    log('\n■ 本地构建 / local build')
    log('  - npm run build:functions（每个云函数打包到 dist/cloudfunctions/<fn> / bundles every function）')
    log(`  - TARO_APP_ID=${config.appid} CLOUD_ENV_ID=${config.envId} npm run build:weapp${upload ? '' : '（仅 --prepare 或上传时 / only with --prepare or an upload）'}`)
    if (upload && !uploadKey) log('  （小程序上传需要设置 MINIPROGRAM_UPLOAD_KEY_PATH / the mini-program upload needs MINIPROGRAM_UPLOAD_KEY_PATH）')
    log(`  - project.config.json 与 dist/weapp/project.config.json 写入 AppID ${config.appid} / write the AppID into both project files`)
    log('\n将确保以下内容（已相同的项在真正部署时跳过）/ will ensure the following (a real run skips whatever already matches):')
    log('  FILING_CRYPTO_KEY: 已部署则保留，否则首次部署时生成一次并写入所有云函数 / kept if deployed, else generated once and set on every function')
    group(filter(computePlan(desired(ownedVariables(config, '<kept-or-generated>'), null), null)), log, args.only)
    consoleSteps()
    return 0
  }

  const build = deps.build ?? defaultBuild(root, log)
  if (!args.skipBuild) {
    build('functions', config)
    if (args.prepare || upload) build('weapp', config)
  }
  for (const f of writeProjectAppid(root, config.appid)) log(`已写入 AppID ${config.appid} → ${f} / wrote the AppID into ${f}`)
  if (args.prepare) {
    log('\n已为微信开发者工具准备好：用开发者工具打开本仓库根目录，按 README 的“开发者工具方式”上传 / ready for WeChat DevTools: open the repository root and follow the README\'s DevTools path')
    return 0
  }

  const secretId = secret(env, 'secretId')
  const secretKey = secret(env, 'secretKey')
  if (!secretId || !secretKey) {
    log('缺少腾讯云 API 密钥：设置 TCB_SECRET_ID 和 TCB_SECRET_KEY（访问管理 → API 密钥）后重试；只想看计划请用 --dry-run / no Tencent Cloud API key: set TCB_SECRET_ID and TCB_SECRET_KEY, or use --dry-run for the plan')
    return 1
  }
  const codeHashes = Object.fromEntries(functions.map((f: FunctionSpec) => [f.name, codeHash(path.join(functionRoot, f.name))]))
  const wechat = appSecret ? createWechatApi({ appid: config.appid, secret: appSecret, base: deps.wechatBase, fetch: deps.wechatFetch }) : null
  const cloud = (deps.makeCloud ?? createCloudEnv)({
    envId: config.envId, region: config.region, secretId, secretKey, token: secret(env, 'sessionToken'), functionRoot, wechat
  })

  log(`读取环境 ${config.envId} 的现状… / reading what ${config.envId} has…`)
  const observed = await cloud.observe(functions, collectionSpecs())
  const key = resolveCryptoKey(
    functions.map((f) => observed.functions[f.name]?.variables.FILING_CRYPTO_KEY),
    secret(env, 'cryptoKey'),
    deps.generateKey ?? (() => randomBytes(32).toString('hex'))
  )
  if (!key.ok) {
    log(`✗ ${key.zh}\n  ${key.en}`)
    return 1
  }
  const steps = filter(computePlan(desired(ownedVariables(config, key.key), codeHashes), observed))
  const blocked = steps.filter((s) => s.kind === 'blocked')
  if (blocked.length) {
    for (const s of blocked) log(`✗ ${describeStep(s)}`)
    log('部署未做任何更改 / nothing was changed')
    return 1
  }
  const todo = steps.filter(mutating)
  if (todo.length === 0) log('\n环境已与配置一致，无需更改 / the environment already matches: nothing to change')
  for (const s of todo) {
    if (s.kind === 'upload-miniprogram') {
      await (deps.upload ?? uploadMiniprogram)({ root, appid: config.appid, privateKeyPath: uploadKey as string, version: s.version, description: s.description, robot: s.robot })
    } else {
      await cloud.apply(s)
    }
    log(`✓ ${describeStep(s)}`)
  }
  if (key.source === 'generated' && todo.some((s) => s.kind === 'create-function' || s.kind === 'update-config')) {
    log('FILING_CRYPTO_KEY 已生成并写入每个云函数的环境变量（不会再被替换）；请在安全处另存一份 / FILING_CRYPTO_KEY was generated and set on every function (it is never replaced); keep a copy somewhere safe')
  }
  if (wanted && !uploadKey) log('未设置 MINIPROGRAM_UPLOAD_KEY_PATH：本次未上传小程序 / MINIPROGRAM_UPLOAD_KEY_PATH is not set: the mini-program was not uploaded')
  const manual = steps.filter((s) => s.kind === 'manual')
  if (manual.length) {
    log('\n■ 还需人工完成 / still to do by hand')
    for (const s of manual) log(`  - ${describeStep(s)}`)
  }
  consoleSteps()
  log(`\n完成：${todo.length} 项更改 / done: ${todo.length} change(s)`)
  return 0
}

if (require.main === module) {
  runDeploy(process.argv.slice(2), { root: path.resolve(__dirname, '..', '..'), env: process.env, log: (l) => console.log(l) })
    .then((code) => process.exit(code), (e: unknown) => {
      console.error(`部署失败 / deploy failed: ${e instanceof Error ? e.message : String(e)}`)
      process.exit(1)
    })
}
