/**
 * `npm run doctor`: checks a deploy configuration before anyone uploads anything. No network, no
 * credentials. Each problem names what is wrong and the fix, in Chinese and English; any problem
 * makes it exit non-zero. Warnings are printed and do not fail.
 *
 * Extension point: a check is `{ name, run(input) → Finding[] }` in DOCTOR_CHECKS. A feature that
 * adds a cloud service (OCR, SMS, …) adds its check there, reading its own part of the config
 * or environment.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseOpenidList } from '../../backend/runtime/runtime'
import type { DeployConfig, LoadedConfig } from './config'
import { parseConsoleFields, secret } from './config'
import {
  collectionSpecs, FUNCTION_SETTINGS, functionSpecs, OWNED_VARIABLES, ownedVariables, runtimeAtLeast, validCryptoKey, type FunctionSpec
} from './manifest'
import { keyType, parseSubscribeSettings } from '../../src/core/notifications/templates'
import { trustEnvRequirements } from '../../backend/runtime/trust-services'

export interface Finding {
  level: 'problem' | 'warning'
  check: string
  zh: string
  en: string
  fixZh: string
  fixEn: string
}

export interface DoctorInput {
  root: string
  file: string
  config: DeployConfig
  env: Record<string, string | undefined>
  nodeVersion: string
  functions: FunctionSpec[]
}

export interface DoctorCheck {
  name: string
  run(input: DoctorInput): Finding[]
}

const problem = (check: string, zh: string, en: string, fixZh: string, fixEn: string): Finding => ({ level: 'problem', check, zh, en, fixZh, fixEn })
const warning = (check: string, zh: string, en: string, fixZh: string, fixEn: string): Finding => ({ level: 'warning', check, zh, en, fixZh, fixEn })

const APPID = /^wx[0-9a-f]{16}$/
const ENV_ID = /^[a-z0-9][a-z0-9-]{2,38}[a-z0-9]$/
const OPENID = /^[A-Za-z0-9_-]{20,64}$/
const REGIONS = ['ap-shanghai', 'ap-guangzhou', 'ap-beijing', 'ap-nanjing', 'ap-singapore']
/** SCF: all of a function's environment variables together at most 4 KB. */
const ENV_BYTES = 4096
const MEMORY_SIZES = [128, 256, 512, 1024, 2048]

const appidCheck: DoctorCheck = {
  name: 'appid',
  run({ config, root, file }) {
    const out: Finding[] = []
    const fixZh = `在 ${file} 的 appid 填写小程序的 AppID（微信公众平台 → 开发管理 → 开发设置）`
    const fixEn = `put the mini-program's AppID in ${file} "appid" (MP console → 开发管理 → 开发设置)`
    if (config.appid === 'touristappid') out.push(problem('appid', 'appid 是游客 AppID（touristappid）：游客模式没有云开发，所有云函数调用都会失败', 'appid is the tourist AppID (touristappid): tourist mode has no cloud development, every cloud call fails', fixZh, fixEn))
    else if (!APPID.test(config.appid)) out.push(problem('appid', `appid “${config.appid}” 不是小程序 AppID（wx 加 16 位十六进制）`, `appid "${config.appid}" is not a mini-program AppID (wx + 16 hex characters)`, fixZh, fixEn))
    for (const rel of ['project.config.json', path.join('dist', 'weapp', 'project.config.json')]) {
      const p = path.join(root, rel)
      if (!existsSync(p)) continue
      const appid = (JSON.parse(readFileSync(p, 'utf8')) as { appid?: string }).appid ?? ''
      if (appid === 'touristappid' || (appid !== '' && appid !== config.appid)) {
        out.push(problem('appid', `${rel} 的 appid 是 “${appid}”，与部署配置（${config.appid}）不同：微信开发者工具会按它上传`, `${rel} has appid "${appid}", not the configured ${config.appid}: WeChat DevTools would upload with it`,
          '运行 npm run deploy -- --prepare（写入配置中的 AppID 并重新构建）', 'run npm run deploy -- --prepare (writes the configured AppID and rebuilds)'))
      }
    }
    return out
  }
}

const envCheck: DoctorCheck = {
  name: 'env',
  run({ config, file }) {
    const out: Finding[] = []
    if (!ENV_ID.test(config.envId)) {
      out.push(problem('envId', `envId “${config.envId}” 不是云开发环境 ID（小写字母、数字和 -）`, `envId "${config.envId}" is not a CloudBase environment id (lowercase letters, digits, -)`,
        `在 ${file} 的 envId 填写云开发控制台“环境 ID”`, `put the environment id from the CloudBase console in ${file} "envId"`))
    }
    if (!REGIONS.includes(config.region)) {
      out.push(problem('region', `region “${config.region}” 不是云开发的地域`, `region "${config.region}" is not a CloudBase region`, `改为 ${REGIONS.join(' / ')} 之一（云开发控制台可见）`, `use one of ${REGIONS.join(', ')} (shown in the console)`))
    }
    if (config.miniprogramState === 'developer') {
      out.push(warning('miniprogramState', 'miniprogramState 为 developer：用户点开订阅消息会进入开发版', 'miniprogramState is developer: a tapped message opens the development build',
        '体验阶段用 trial，正式发布后用 formal', 'use trial while testing and formal once released'))
    }
    return out
  }
}

const adminsCheck: DoctorCheck = {
  name: 'admins',
  run({ config, file }) {
    const out: Finding[] = []
    const fixZh = `在 ${file} 的 admins 填写首批管理员的 openid（在小程序“我的”页或云函数日志中可见），之后其他工作人员由管理员邀请`
    const fixEn = `list the first admins' openids in ${file} "admins"; further staff are invited by an admin`
    if (config.admins.length === 0) out.push(problem('admins', '没有管理员：没有人能邀请审核人员，也没有人能审核', 'no admins: nobody can invite reviewers or review', fixZh, fixEn))
    const seen = new Set<string>()
    for (const a of config.admins) {
      if (!OPENID.test(a)) out.push(problem('admins', `管理员 “${a}” 不像 openid（20 至 64 位字母、数字、_ 或 -，不含空格或逗号）`, `admin "${a}" does not look like an openid`, fixZh, fixEn))
      if (seen.has(a)) out.push(problem('admins', `管理员 ${a} 重复`, `admin ${a} is listed twice`, '删除重复项', 'remove the duplicate'))
      seen.add(a)
    }
    return out
  }
}

const templatesCheck: DoctorCheck = {
  name: 'subscribe',
  run({ config, file }) {
    const out: Finding[] = []
    const vars = ownedVariables(config, '')
    const parsed = parseSubscribeSettings(vars)
    if (!parsed.ok) {
      for (const p of parsed.problems) {
        out.push(problem('subscribe', `订阅消息模板：${p.zh}`, `subscription template: ${p.en}`,
          `改正 ${file} 的 subscribe.templates.${p.path}`, `fix ${file} subscribe.templates.${p.path}`))
      }
    }
    const templates = Object.entries(config.subscribe.templates)
    if (templates.length === 0) {
      out.push(warning('subscribe', '没有配置订阅消息模板：审核结果不会通知申请人', 'no subscription templates: applicants are not told of decisions',
        '在公众平台“订阅消息”选用模板，把模板 ID 和字段填入 subscribe.templates', 'choose templates in the MP console (订阅消息) and fill subscribe.templates'))
    }
    for (const [kind, t] of templates) {
      const fields = parseConsoleFields(t.fields)
      const where = `subscribe.templates.${kind}`
      const copyZh = `从公众平台 → 订阅消息 → 我的模板 → ${kind} 所选模板的“详情”复制字段列表到 ${where}.fields（如 “thing1 账号名称, phrase2 审核结果”）`
      const copyEn = `copy the field list of the chosen template (MP console → 订阅消息 → 我的模板 → 详情) into ${where}.fields, e.g. "thing1 账号名称, phrase2 审核结果"`
      if (fields.size === 0) {
        out.push(problem('subscribe', `${where}.fields 为空或无法识别：无法核对字段名`, `${where}.fields is empty or unreadable: the keys cannot be checked`, copyZh, copyEn))
        continue
      }
      for (const key of fields.keys()) {
        if (!keyType(key)) out.push(problem('subscribe', `${where}.fields 中的 “${key}” 不是微信模板字段名`, `"${key}" in ${where}.fields is not a WeChat data key`, copyZh, copyEn))
      }
      for (const [slot, key] of Object.entries(t.keys)) {
        if (!fields.has(key)) {
          out.push(problem('subscribe', `${where}.keys.${slot} 指向 ${key}，但所选模板没有这个字段：微信会以 47003 拒绝每一条消息`,
            `${where}.keys.${slot} points at ${key}, which the chosen template does not have: WeChat refuses every message with 47003`,
            `把 ${where}.keys.${slot} 改为模板里的字段（${[...fields.keys()].join('、')}）`, `set ${where}.keys.${slot} to one of the template's keys (${[...fields.keys()].join(', ')})`))
        }
      }
      const used = new Set(Object.values(t.keys))
      for (const [key, label] of fields) {
        if (!used.has(key)) {
          out.push(warning('subscribe', `${where} 的模板字段 ${key}（${label}）没有数据：消息中该项为空`, `${where}: template field ${key} (${label}) gets no data and shows empty`,
            '选用只含这些字段的模板，或为它指定一个字段槽', 'choose a template without it, or map a slot to it'))
        }
      }
    }
    if (config.subscribe.longTerm) {
      out.push(warning('subscribe', 'longTerm 为 true：只有微信批准了长期订阅（政务民生类目）才可用，否则发送会被拒绝', 'longTerm is true: this works only once WeChat approved long-term subscription (政务民生 category)',
        '确认公众平台已开通长期订阅模板；未开通前设为 false', 'make sure long-term templates were granted; keep false until then'))
    }
    return out
  }
}

const variablesCheck: DoctorCheck = {
  name: 'variables',
  run({ config, env, functions }) {
    const out: Finding[] = []
    const fromEnv = secret(env, 'cryptoKey')
    if (fromEnv && !validCryptoKey(fromEnv)) {
      out.push(problem('FILING_CRYPTO_KEY', `环境变量 FILING_CRYPTO_KEY 不是 32 字节（现为 ${fromEnv.trim().length} 个字符）：云函数会拒绝启动`, `FILING_CRYPTO_KEY in your environment is not 32 bytes (${fromEnv.trim().length} characters): the functions would refuse to start`,
        '取消设置它（首次部署会自动生成并保存），或使用 64 位十六进制（openssl rand -hex 32）', 'unset it (the first deploy generates and keeps one) or use 64 hex characters (openssl rand -hex 32)'))
    }
    // What each function will carry, with a well-formed stand-in for a key not generated yet.
    const vars = ownedVariables(config, fromEnv && validCryptoKey(fromEnv) ? fromEnv : 'a'.repeat(64))
    for (const fn of functions) {
      for (const name of OWNED_VARIABLES) {
        if (vars[name] === undefined || (vars[name] === '' && name !== 'SUBSCRIBE_TEMPLATES')) {
          out.push(problem('variables', `云函数 ${fn.name} 的变量 ${name} 将为空`, `function ${fn.name} would get an empty ${name}`, '补全部署配置中的对应项', 'fill in the matching item of the deploy configuration'))
        }
      }
      if (parseOpenidList(vars.ADMIN_OPENIDS).length !== config.admins.length) {
        out.push(problem('variables', `云函数 ${fn.name} 的 ADMIN_OPENIDS 解析后与 admins 不一致（openid 中含逗号或空格？）`, `function ${fn.name}: ADMIN_OPENIDS does not parse back to the admins`, '检查 admins 中的每个 openid', 'check each openid in admins'))
      }
      const bytes = Object.entries(vars).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0)
      if (bytes > ENV_BYTES - 512) {
        out.push(problem('variables', `云函数 ${fn.name} 的环境变量共 ${bytes} 字节，接近或超过 4 KB 上限`, `function ${fn.name}'s variables take ${bytes} bytes, at or over the 4 KB limit`, '减少模板数量或缩短配置', 'use fewer templates or shorter values'))
      }
    }
    return out
  }
}

const functionsCheck: DoctorCheck = {
  name: 'functions',
  run({ functions }) {
    const out: Finding[] = []
    for (const fn of functions) {
      if (!runtimeAtLeast(fn.runtime)) out.push(problem('runtime', `云函数 ${fn.name} 的运行时 ${fn.runtime} 低于 Nodejs18.15`, `function ${fn.name} runtime ${fn.runtime} is below Nodejs18.15`, '在 scripts/deploy/manifest.ts 使用 Nodejs18.15 或更高', 'use Nodejs18.15 or later in scripts/deploy/manifest.ts'))
      if (!FUNCTION_SETTINGS[fn.name]) out.push(warning('functions', `云函数 ${fn.name} 没有单独的超时和内存设置，使用默认值`, `function ${fn.name} has no timeout/memory of its own and gets the defaults`, '在 scripts/deploy/manifest.ts 的 FUNCTION_SETTINGS 加一行', 'add a line to FUNCTION_SETTINGS in scripts/deploy/manifest.ts'))
      if (fn.timeout < 1 || fn.timeout > 60) out.push(problem('functions', `云函数 ${fn.name} 的超时 ${fn.timeout} 秒超出 1–60 秒`, `function ${fn.name} timeout ${fn.timeout} s is outside 1–60 s`, '改 FUNCTION_SETTINGS', 'fix FUNCTION_SETTINGS'))
      if (!MEMORY_SIZES.includes(fn.memorySize)) out.push(problem('functions', `云函数 ${fn.name} 的内存 ${fn.memorySize} MB 不是可选值`, `function ${fn.name} memory ${fn.memorySize} MB is not an allowed size`, `使用 ${MEMORY_SIZES.join('/')}`, `use ${MEMORY_SIZES.join('/')}`))
      if (fn.triggers.length > 1) out.push(problem('triggers', `云函数 ${fn.name} 声明了 ${fn.triggers.length} 个触发器：一个函数只能有一个`, `function ${fn.name} declares ${fn.triggers.length} triggers; a function may have one`, '在 config.json 只保留一个', 'keep one in its config.json'))
      for (const t of fn.triggers) {
        if (t.type !== 'timer' || t.config.trim().split(/\s+/).length !== 7) {
          out.push(problem('triggers', `云函数 ${fn.name} 的触发器 ${t.name} 应为 7 段的定时表达式（秒 分 时 日 月 星期 年）`, `trigger ${fn.name}.${t.name} must be a 7-field timer cron`, '修正 config.json', 'fix its config.json'))
        }
      }
    }
    return out
  }
}

const indexesCheck: DoctorCheck = {
  name: 'indexes',
  run() {
    const out: Finding[] = []
    const fix = ['改正 backend/adapters/cloudbase/collections.ts', 'fix backend/adapters/cloudbase/collections.ts'] as const
    const names = new Set<string>()
    for (const col of collectionSpecs()) {
      if (!/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(col.name)) out.push(problem('indexes', `集合名 “${col.name}” 不合法`, `collection name "${col.name}" is not valid`, ...fix))
      if (names.has(col.name)) out.push(problem('indexes', `集合 ${col.name} 重复声明`, `collection ${col.name} is declared twice`, ...fix))
      names.add(col.name)
      if (col.indexes.length > 20) out.push(problem('indexes', `集合 ${col.name} 有 ${col.indexes.length} 个索引，超过 20 个`, `collection ${col.name} has ${col.indexes.length} indexes, over 20`, ...fix))
      const seen = new Map<string, string>()
      for (const ix of col.indexes) {
        if (ix.keys.length === 0 || ix.keys.some((k) => !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(k.field))) out.push(problem('indexes', `集合 ${col.name} 的索引 ${ix.name} 字段不合法`, `index ${col.name}.${ix.name} has an invalid field`, ...fix))
        const sig = ix.keys.map((k) => `${k.field}:${k.direction}`).join(',')
        if (seen.has(sig)) out.push(problem('indexes', `集合 ${col.name} 的索引 ${ix.name} 与 ${seen.get(sig)} 相同`, `index ${col.name}.${ix.name} duplicates ${seen.get(sig)}`, ...fix))
        seen.set(sig, ix.name)
        if (ix.unique && ix.keys.some((k) => k.field === 'filingNumber')) {
          out.push(problem('indexes', 'filingNumber 不能是唯一索引：草稿没有备案号，唯一索引把缺失值当作 null，第二份草稿就会写入失败', 'filingNumber cannot be a unique index: drafts have none and a unique index treats missing as null', ...fix))
        }
      }
    }
    return out
  }
}

const nodeCheck: DoctorCheck = {
  name: 'node',
  run({ nodeVersion, root }) {
    const engines = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node ?? ''
    const major = Number(/^v?(\d+)/.exec(nodeVersion)?.[1] ?? 0)
    const m = /^>=(\d+)\s+<(\d+)$/.exec(engines.trim())
    if (m && (major < Number(m[1]) || major >= Number(m[2]))) {
      return [problem('node', `本机 Node ${nodeVersion} 不在 package.json 要求的 ${engines} 内：构建与部署未在此版本测试`, `local Node ${nodeVersion} is outside package.json's ${engines}`, `安装 Node ${m[1]}`, `install Node ${m[1]}`)]
    }
    return []
  }
}

const credentialsCheck: DoctorCheck = {
  name: 'credentials',
  run({ env, config }) {
    const out: Finding[] = []
    if (!secret(env, 'secretId') || !secret(env, 'secretKey')) {
      out.push(warning('credentials', '未设置 TCB_SECRET_ID / TCB_SECRET_KEY：npm run deploy（命令行方式）需要腾讯云 API 密钥', 'TCB_SECRET_ID / TCB_SECRET_KEY are not set: npm run deploy (the CLI path) needs a Tencent Cloud API key',
        '在腾讯云控制台“访问管理 → API 密钥”创建，仅在部署的终端中设置；或使用开发者工具方式', 'create one (CAM → API keys) and set it only in the deploying shell; or use the DevTools path'))
    }
    if (!secret(env, 'appSecret')) {
      out.push(warning('credentials', '未设置 WECHAT_APP_SECRET：部署无法自动授予 system 函数的云调用权限，需在开发者工具中上传一次', 'WECHAT_APP_SECRET is not set: deploy cannot grant the system function its cloud-call permission; upload it once from DevTools',
        '在公众平台“开发管理 → 开发设置”获取 AppSecret，仅在部署的终端中设置', 'get the AppSecret (开发管理 → 开发设置) and set it only in the deploying shell'))
    }
    const keyPath = secret(env, 'uploadKeyPath')
    if (keyPath) {
      if (!existsSync(keyPath) || !/BEGIN [A-Z ]*PRIVATE KEY/.test(readFileSync(keyPath, 'utf8'))) {
        out.push(problem('upload', `MINIPROGRAM_UPLOAD_KEY_PATH（${keyPath}）不是小程序代码上传密钥文件`, `MINIPROGRAM_UPLOAD_KEY_PATH (${keyPath}) is not a code-upload key file`,
          '在公众平台“开发管理 → 开发设置 → 小程序代码上传”下载密钥，并把部署机器的 IP 加入白名单', 'download the code-upload key (开发管理 → 开发设置 → 小程序代码上传) and whitelist the deploying IP'))
      }
      if (!config.upload) out.push(problem('upload', '设置了上传密钥，但部署配置缺少 upload.version', 'an upload key is set but the configuration has no upload.version', '在部署配置加 "upload": { "version": "1.0.0", "description": "…" }', 'add "upload": { "version": "1.0.0", "description": "…" }'))
    }
    if (config.upload && !/^\d+\.\d+\.\d+$/.test(config.upload.version)) {
      out.push(problem('upload', `upload.version “${config.upload.version}” 应为 x.y.z`, `upload.version "${config.upload.version}" must be x.y.z`, '例如 1.0.0', 'e.g. 1.0.0'))
    }
    return out
  }
}

/** Every check the doctor runs, in order. Add yours here. */
/**
 * OCR and SMS (issue 13): what the chosen providers need, read from this shell's environment
 * (set the same variables here to have them checked; the functions read theirs in the console).
 */
const trustCheck: DoctorCheck = {
  name: 'trust',
  run({ env }) {
    return trustEnvRequirements(env).filter((r) => !r.present).map((r) => r.name.endsWith('_PROVIDER')
      ? problem('trust', r.why, r.why, `改正 ${r.name}`, `fix ${r.name}`)
      : warning('trust', `未设置 ${r.name}：${r.why}`, `${r.name} is not set: ${r.why}`,
        `在云开发控制台为 applicant 云函数设置环境变量 ${r.name}（在此终端设置同名变量可让 doctor 核对）`, `set ${r.name} on the applicant function (CloudBase console); set it in this shell too to have it checked`))
  }
}

export const DOCTOR_CHECKS: DoctorCheck[] = [appidCheck, envCheck, adminsCheck, templatesCheck, variablesCheck, functionsCheck, indexesCheck, nodeCheck, credentialsCheck, trustCheck]

export interface DoctorReport {
  file: string
  findings: Finding[]
  checks: string[]
}

export function runDoctor(root: string, loaded: LoadedConfig, env: Record<string, string | undefined>, nodeVersion = process.version): DoctorReport {
  if (!loaded.config) {
    return {
      file: loaded.file,
      checks: ['config'],
      findings: loaded.problems.map((p) => problem('config', p.zh, p.en, `按 deploy.config.example.json 的格式改正 ${p.field}`, `fix ${p.field} as in deploy.config.example.json`))
    }
  }
  const input: DoctorInput = { root, file: loaded.file, config: loaded.config, env, nodeVersion, functions: functionSpecs(root) }
  return { file: loaded.file, checks: DOCTOR_CHECKS.map((c) => c.name), findings: DOCTOR_CHECKS.flatMap((c) => c.run(input)) }
}

export function formatReport(r: DoctorReport): string {
  const lines = [`npm run doctor — ${r.file}`]
  for (const f of r.findings) {
    lines.push(`${f.level === 'problem' ? '✗ 问题' : '! 提醒'} [${f.check}] ${f.zh}`)
    lines.push(`    ${f.level === 'problem' ? 'Problem' : 'Warning'}: ${f.en}`)
    lines.push(`    修复 / Fix: ${f.fixZh} / ${f.fixEn}`)
  }
  const problems = r.findings.filter((f) => f.level === 'problem').length
  const warnings = r.findings.length - problems
  lines.push(problems === 0
    ? `✓ 通过：${r.checks.length} 项检查无问题${warnings ? `（${warnings} 条提醒）` : ''} / passed: ${r.checks.length} checks, no problems${warnings ? ` (${warnings} warnings)` : ''}`
    : `✗ ${problems} 个问题需要修复${warnings ? `，${warnings} 条提醒` : ''} / ${problems} problem(s) to fix${warnings ? `, ${warnings} warning(s)` : ''}`)
  return lines.join('\n')
}
