/**
 * The deploy configuration: one JSON file the office's administrator fills in (deploy.config.json,
 * git-ignored; deploy.config.example.json shows every field). It holds no secrets: those come from
 * the environment (see SECRETS below) and are never written anywhere.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

export const CONFIG_FILE = 'deploy.config.json'
export const EXAMPLE_CONFIG_FILE = 'deploy.config.example.json'

/** Secrets and machine-specific paths, read from the environment only. */
export const SECRETS = {
  secretId: ['TCB_SECRET_ID', 'TENCENTCLOUD_SECRETID'],
  secretKey: ['TCB_SECRET_KEY', 'TENCENTCLOUD_SECRETKEY'],
  sessionToken: ['TCB_SESSION_TOKEN', 'TENCENTCLOUD_SESSIONTOKEN'],
  /** The mini-program's AppSecret: lets deploy grant the functions' cloud-call permission. */
  appSecret: ['WECHAT_APP_SECRET'],
  /** Path to the mini-program upload key (MP console → 开发管理 → 小程序代码上传密钥). */
  uploadKeyPath: ['MINIPROGRAM_UPLOAD_KEY_PATH'],
  /** Optional: a FILING_CRYPTO_KEY to use when none is deployed yet (never replaces a deployed one). */
  cryptoKey: ['FILING_CRYPTO_KEY']
} as const

export type SecretName = keyof typeof SECRETS

export function secret(env: Record<string, string | undefined>, name: SecretName): string | undefined {
  for (const v of SECRETS[name]) if (env[v]) return env[v]
  return undefined
}

const Template = z.object({
  /** The template id from the MP console (订阅消息 → 我的模板). */
  id: z.string(),
  /** The template's field list as the MP console shows it, e.g. "thing1 账号名称, phrase2 审核结果". */
  fields: z.string(),
  /** slot → the WeChat data key carrying it (thing1 …). */
  keys: z.record(z.string(), z.string())
}).strict()

export const DeployConfigSchema = z.object({
  appid: z.string(),
  envId: z.string(),
  region: z.string().default('ap-shanghai'),
  miniprogramState: z.enum(['developer', 'trial', 'formal']),
  admins: z.array(z.string()),
  subscribe: z.object({
    /** 长期订阅: only after WeChat approved it for the 政务民生 category. */
    longTerm: z.boolean(),
    templates: z.record(z.string(), Template)
  }).strict(),
  /** With MINIPROGRAM_UPLOAD_KEY_PATH set, deploy uploads this version of the mini-program. */
  upload: z.object({
    version: z.string(),
    description: z.string().default(''),
    robot: z.number().int().min(1).max(30).default(1)
  }).strict().optional()
}).strict()

export type DeployConfig = z.infer<typeof DeployConfigSchema>

export interface LoadedConfig {
  /** The file read (relative to the repo root). */
  file: string
  isExample: boolean
  config: DeployConfig | null
  /** Structure problems (missing file, bad JSON, wrong types), each naming the field. */
  problems: Array<{ field: string; zh: string; en: string }>
}

/**
 * Reads `explicit` or deploy.config.json; with `allowExample`, falls back to the example file
 * (the dry run on a fresh clone) and says so.
 */
export function loadDeployConfig(root: string, opts: { explicit?: string; allowExample?: boolean } = {}): LoadedConfig {
  let file = opts.explicit ?? CONFIG_FILE
  let isExample = file === EXAMPLE_CONFIG_FILE
  if (!opts.explicit && !existsSync(path.join(root, file)) && opts.allowExample) {
    file = EXAMPLE_CONFIG_FILE
    isExample = true
  }
  const full = path.resolve(root, file)
  if (!existsSync(full)) {
    return {
      file, isExample, config: null,
      problems: [{
        field: file,
        zh: `找不到部署配置 ${file}：复制 ${EXAMPLE_CONFIG_FILE} 为 ${CONFIG_FILE} 并填写小程序 AppID、云开发环境 ID、管理员和订阅消息模板`,
        en: `no deploy configuration ${file}: copy ${EXAMPLE_CONFIG_FILE} to ${CONFIG_FILE} and fill in the AppID, env id, admins and subscription templates`
      }]
    }
  }
  let json: unknown
  try {
    json = JSON.parse(readFileSync(full, 'utf8'))
  } catch (e) {
    return { file, isExample, config: null, problems: [{ field: file, zh: `${file} 不是合法的 JSON：${(e as Error).message}`, en: `${file} is not valid JSON: ${(e as Error).message}` }] }
  }
  const parsed = DeployConfigSchema.safeParse(json)
  if (!parsed.success) {
    return {
      file, isExample, config: null,
      problems: parsed.error.issues.map((i) => {
        const field = i.path.join('.') || '(根)'
        return { field, zh: `${file} 的 ${field}：${zhIssue(i)}`, en: `${file} field ${field}: ${i.message}` }
      })
    }
  }
  return { file, isExample, config: parsed.data, problems: [] }
}

function zhIssue(i: z.ZodIssue): string {
  if (i.code === 'invalid_type') return i.received === 'undefined' ? '缺少此项' : `类型应为 ${i.expected}，实际为 ${i.received}`
  if (i.code === 'unrecognized_keys') return `不认识的字段 ${i.keys.join('、')}（拼写错误？）`
  if (i.code === 'invalid_enum_value') return `应为 ${i.options.join(' / ')} 之一`
  return i.message
}

/**
 * The MP console's field list of a template → key → label. Accepts what the console shows under
 * 详细内容 ("账号名称{{thing1.DATA}}", one per line) and the short form "thing1 账号名称, phrase2 审核结果".
 */
export function parseConsoleFields(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const entry of text.split(/[\n,，;；]+/)) {
    const m = /([a-z_]+[0-9]+)(?:\.DATA)?/.exec(entry)
    if (!m) continue
    const label = entry.replace(m[0], '').replace(/[{}:：]/g, '').trim()
    out.set(m[1], label)
  }
  return out
}
