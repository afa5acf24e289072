/**
 * What a deployment must look like, derived from the repository and the deploy configuration:
 * the functions (runtime, timeout, memory, variables, trigger, cloud-call permission), the
 * collections with their indexes and rules, the storage rule. Both `npm run deploy` and
 * `npm run doctor` read it; nothing here talks to the network.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { CLOUD_COLLECTIONS, DATABASE_ACL, type CollectionSpec } from '../../backend/adapters/cloudbase/collections'
import type { DeployConfig } from './config'

/** Node 18.15 is the lowest runtime with the global fetch node-sdk's getFileInfo relies on. */
export const RUNTIME = 'Nodejs18.15'
export const MIN_RUNTIME: [number, number] = [18, 15]

/** Per-function settings (seconds, MB). A function not listed here gets DEFAULT_SETTINGS. */
export const FUNCTION_SETTINGS: Record<string, { timeout: number; memorySize: number }> = {
  applicant: { timeout: 20, memorySize: 256 },
  // 1 GB: the legacy import reads a whole 10,000-row register (peak ~580 MB measured by `npm run bench`) and exports build .xlsx in memory.
  staff: { timeout: 60, memorySize: 1024 },
  public: { timeout: 10, memorySize: 256 },
  system: { timeout: 60, memorySize: 256 }
}
export const DEFAULT_SETTINGS = { timeout: 20, memorySize: 256 }

/**
 * Storage (explained in backend/README.md, "Storage rule"): clients may create files only in an
 * upload folder (photos, and an admin's .xlsx for the legacy import) and read only exports (by the unguessable fileId only the export's maker receives);
 * ID photos and documents are read by the functions alone, which hand out short-lived links — and
 * those expire only because no file is readable by all users.
 */
export const STORAGE_RULE = {
  read: String.raw`auth != null && /^exports\/[0-9a-f]{32}\/[A-Za-z0-9_-]+\.xlsx$/.test(resource.path) == true`,
  write: String.raw`auth != null && resource.openid == auth.openid && /^uploads\/[0-9a-f]{32}\/[A-Za-z0-9_-]+\.(jpg|png|xlsx)$/.test(resource.path) == true`
} as const

export interface Trigger {
  name: string
  type: 'timer'
  config: string
}

export interface FunctionSpec {
  name: string
  runtime: string
  handler: 'index.main'
  timeout: number
  memorySize: number
  installDependency: true
  triggers: Trigger[]
  /** WeChat cloud-call APIs (config.json permissions.openapi). */
  openapi: string[]
}

/** The function folders: every cloudfunctions/<fn>/index.ts, with its DevTools config.json. */
export function functionSpecs(root: string): FunctionSpec[] {
  const src = path.join(root, 'cloudfunctions')
  return readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(src, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const cfgFile = path.join(src, name, 'config.json')
      const cfg = existsSync(cfgFile) ? (JSON.parse(readFileSync(cfgFile, 'utf8')) as { triggers?: Trigger[]; permissions?: { openapi?: string[] } }) : {}
      const settings = FUNCTION_SETTINGS[name] ?? DEFAULT_SETTINGS
      return {
        name,
        runtime: RUNTIME,
        handler: 'index.main' as const,
        timeout: settings.timeout,
        memorySize: settings.memorySize,
        installDependency: true as const,
        triggers: (cfg.triggers ?? []).map((t) => ({ name: t.name, type: t.type, config: t.config })),
        openapi: cfg.permissions?.openapi ?? []
      }
    })
}

export function collectionSpecs(): readonly CollectionSpec[] {
  return CLOUD_COLLECTIONS
}
export { DATABASE_ACL }

/**
 * The variables deploy owns, the same for every function (each builds the same runtime). Others
 * found on a function (set in the console) are kept; these are set. FILING_CRYPTO_KEY is passed in:
 * the one already deployed, or one generated on the first deploy (see resolveCryptoKey).
 */
export function ownedVariables(cfg: DeployConfig, cryptoKey: string): Record<string, string> {
  return {
    FILING_CRYPTO_KEY: cryptoKey,
    ADMIN_OPENIDS: cfg.admins.join(','),
    SUBSCRIBE_TEMPLATES: JSON.stringify(subscribeTemplatesJson(cfg)),
    SUBSCRIBE_LONG_TERM: String(cfg.subscribe.longTerm),
    MINIPROGRAM_STATE: cfg.miniprogramState
  }
}
export const OWNED_VARIABLES = ['FILING_CRYPTO_KEY', 'ADMIN_OPENIDS', 'SUBSCRIBE_TEMPLATES', 'SUBSCRIBE_LONG_TERM', 'MINIPROGRAM_STATE'] as const
/** Never printed or logged. */
export const SECRET_VARIABLES = new Set(['FILING_CRYPTO_KEY'])

export function subscribeTemplatesJson(cfg: DeployConfig): Record<string, { id: string; keys: Record<string, string> }> {
  return Object.fromEntries(Object.entries(cfg.subscribe.templates).map(([kind, t]) => [kind, { id: t.id, keys: t.keys }]))
}

/** Content hash of a built function folder: deploy uploads code only when this changed. */
export function codeHash(dir: string): string {
  const h = createHash('sha256')
  for (const file of ['index.js', 'package.json', 'config.json']) {
    const p = path.join(dir, file)
    h.update(file).update('\0').update(existsSync(p) ? readFileSync(p) : Buffer.alloc(0)).update('\0')
  }
  return h.digest('hex').slice(0, 16)
}
/** Where the hash lives on the function (its description), so a rerun can compare. */
export const describeCode = (hash: string) => `filing-miniprogram code ${hash}`
export const codeHashOf = (description: string | undefined) => /filing-miniprogram code ([0-9a-f]{16})/.exec(description ?? '')?.[1] ?? null

export function runtimeAtLeast(runtime: string | undefined, min: [number, number] = MIN_RUNTIME): boolean {
  const m = /^Nodejs(\d+)(?:\.(\d+))?/.exec(runtime ?? '')
  if (!m) return false
  const [major, minor] = [Number(m[1]), Number(m[2] ?? 0)]
  return major > min[0] || (major === min[0] && minor >= min[1])
}

export type KeyResolution =
  | { ok: true; key: string; source: 'deployed' | 'environment' | 'generated' }
  | { ok: false; zh: string; en: string }

/** 32 bytes as 64 hex characters or base64, as the functions' runtime accepts it. */
export function validCryptoKey(text: string): boolean {
  const t = text.trim()
  const bytes = /^[0-9a-f]{64}$/i.test(t) ? 32 : /^[A-Za-z0-9+/]{43}=?$/.test(t) ? Buffer.from(t, 'base64').length : 0
  return bytes === 32
}

/**
 * FILING_CRYPTO_KEY encrypts every stored ID number: it is generated once, on the first deploy,
 * and never replaced — a new key would make every stored ID number unreadable.
 */
export function resolveCryptoKey(deployed: Array<string | undefined>, fromEnv: string | undefined, generate: () => string): KeyResolution {
  const found = [...new Set(deployed.filter((k): k is string => !!k))]
  if (found.length > 1) {
    return {
      ok: false,
      zh: '各云函数的 FILING_CRYPTO_KEY 不一致：身份证号码已按不同密钥加密。请在云开发控制台查明哪一个是最初的密钥，把所有函数改成同一个后再部署',
      en: 'the functions hold different FILING_CRYPTO_KEY values, so ID numbers were encrypted under different keys. Find the original key in the console, set it on every function, then deploy'
    }
  }
  if (found.length === 1) {
    if (!validCryptoKey(found[0])) return { ok: false, zh: '已部署的 FILING_CRYPTO_KEY 不是 32 字节（64 位十六进制或 base64）', en: 'the deployed FILING_CRYPTO_KEY is not 32 bytes (64 hex characters or base64)' }
    if (fromEnv && fromEnv.trim() !== found[0].trim()) {
      return {
        ok: false,
        zh: '环境变量 FILING_CRYPTO_KEY 与已部署的密钥不同；部署从不替换已部署的密钥（已存储的身份证号码用它加密）。请取消设置该环境变量后重试',
        en: 'FILING_CRYPTO_KEY in your environment differs from the deployed key; deploy never replaces it (stored ID numbers are encrypted with it). Unset it and run again'
      }
    }
    return { ok: true, key: found[0], source: 'deployed' }
  }
  if (fromEnv) {
    if (!validCryptoKey(fromEnv)) return { ok: false, zh: '环境变量 FILING_CRYPTO_KEY 不是 32 字节（64 位十六进制或 base64）', en: 'FILING_CRYPTO_KEY in your environment is not 32 bytes (64 hex characters or base64)' }
    return { ok: true, key: fromEnv.trim(), source: 'environment' }
  }
  return { ok: true, key: generate(), source: 'generated' }
}
