/**
 * Desired state vs what the environment has → the steps that make them equal. Pure: the cloud
 * adapter observes and applies, this only decides. With nothing observed (the dry run) every step
 * is listed, and a real run skips whatever already matches — so running deploy twice changes
 * nothing the second time.
 */
import type { CollectionSpec, IndexSpec } from '../../backend/adapters/cloudbase/collections'
import { codeHashOf, runtimeAtLeast, SECRET_VARIABLES, STORAGE_RULE, type FunctionSpec, type Trigger } from './manifest'

export interface ObservedIndex { name: string; keys: Array<{ field: string; direction: 1 | -1 }>; unique: boolean }
export interface ObservedCollection { indexes: ObservedIndex[]; acl: string | null }
export interface ObservedFunction {
  runtime: string
  timeout: number
  memorySize: number
  variables: Record<string, string>
  triggers: Trigger[]
  description: string
}
export interface Observed {
  collections: Record<string, ObservedCollection | null>
  storage: { acl: string; rule: { read?: unknown; write?: unknown } | null }
  functions: Record<string, ObservedFunction | null>
  /** fn → the cloud-call APIs WeChat has on record for it; null when unknown (no AppSecret). */
  openapi: Record<string, string[] | null>
}

export interface Desired {
  functions: FunctionSpec[]
  collections: readonly CollectionSpec[]
  databaseAcl: string
  /** Variables deploy owns (same for every function); FILING_CRYPTO_KEY already resolved. */
  variables: Record<string, string>
  /** fn → hash of its built folder; null in the dry run (nothing built). */
  codeHashes: Record<string, string> | null
  /** Whether deploy can grant cloud-call permissions itself (WECHAT_APP_SECRET is set). */
  canGrantOpenapi: boolean
  /** Delete and recreate a function whose runtime is too old (its variables are carried over). */
  recreateOutdated: boolean
  miniprogram: { upload: { version: string; description: string; robot: number } | null }
}

export type Step =
  | { kind: 'create-collection'; collection: string }
  | { kind: 'create-index'; collection: string; index: IndexSpec }
  | { kind: 'drop-index'; collection: string; index: string }
  | { kind: 'set-database-acl'; collection: string; acl: string }
  | { kind: 'set-storage-rule'; rule: typeof STORAGE_RULE }
  | { kind: 'delete-function'; fn: string; reason: string }
  | { kind: 'create-function'; fn: FunctionSpec; variables: Record<string, string>; hash: string | null }
  | { kind: 'update-code'; fn: FunctionSpec; hash: string | null }
  | { kind: 'update-config'; fn: FunctionSpec; variables: Record<string, string>; changes: string[] }
  | { kind: 'create-trigger'; fn: string; trigger: Trigger }
  | { kind: 'delete-trigger'; fn: string; trigger: string }
  | { kind: 'grant-openapi'; fn: string; apis: string[] }
  | { kind: 'manual'; zh: string; en: string }
  | { kind: 'blocked'; zh: string; en: string }
  | { kind: 'upload-miniprogram'; version: string; description: string; robot: number }

const sameKeys = (a: ObservedIndex['keys'], b: IndexSpec['keys']) =>
  a.length === b.length && a.every((k, i) => k.field === b[i].field && Number(k.direction) === b[i].direction)

const sameRule = (r: Observed['storage']['rule']) => r !== null && r.read === STORAGE_RULE.read && r.write === STORAGE_RULE.write

/** Cron of a timer as GetFunction reports it (a bare cron, or JSON `{"cron": …}`). */
export function cronOf(desc: string): string {
  try {
    const j = JSON.parse(desc) as { cron?: unknown }
    if (j && typeof j.cron === 'string') return j.cron
  } catch { /* a bare cron expression */ }
  return desc
}

export function computePlan(d: Desired, o: Observed | null): Step[] {
  const steps: Step[] = []
  // Database: collections, their indexes, every one server-only.
  for (const col of d.collections) {
    const have = o ? o.collections[col.name] ?? null : null
    if (!have) steps.push({ kind: 'create-collection', collection: col.name })
    for (const index of col.indexes) {
      const cur = have?.indexes.find((i) => i.name === index.name)
      if (cur && sameKeys(cur.keys, index.keys) && cur.unique === index.unique) continue
      if (cur) steps.push({ kind: 'drop-index', collection: col.name, index: index.name })
      steps.push({ kind: 'create-index', collection: col.name, index })
    }
    if (have?.acl !== d.databaseAcl) steps.push({ kind: 'set-database-acl', collection: col.name, acl: d.databaseAcl })
  }
  // Storage.
  if (!o || o.storage.acl !== 'CUSTOM' || !sameRule(o.storage.rule)) steps.push({ kind: 'set-storage-rule', rule: STORAGE_RULE })
  // Functions.
  for (const fn of d.functions) {
    let have = o ? o.functions[fn.name] ?? null : null
    const hash = d.codeHashes?.[fn.name] ?? null
    if (have && !runtimeAtLeast(have.runtime)) {
      if (!d.recreateOutdated) {
        steps.push({
          kind: 'blocked',
          zh: `云函数 ${fn.name} 的运行时是 ${have.runtime}，低于 ${fn.runtime}（文件检查会把所有材料当成“文件不存在”），且运行时只能在创建时设置。修复：运行 npm run deploy -- --recreate-outdated（删除后按 ${fn.runtime} 重建，原有环境变量全部保留），或在云开发控制台删除该函数后重新部署`,
          en: `function ${fn.name} runs ${have.runtime}, below ${fn.runtime}, and a runtime can only be set at creation. Fix: npm run deploy -- --recreate-outdated (deletes and recreates it on ${fn.runtime}, keeping every variable), or delete it in the console and deploy again`
        })
        continue
      }
      steps.push({ kind: 'delete-function', fn: fn.name, reason: `runtime ${have.runtime} < ${fn.runtime}` })
      const carried = { ...have.variables, ...d.variables }
      steps.push({ kind: 'create-function', fn, variables: carried, hash })
      have = null
      for (const t of fn.triggers) steps.push({ kind: 'create-trigger', fn: fn.name, trigger: t })
    } else if (!have) {
      steps.push({ kind: 'create-function', fn, variables: { ...d.variables }, hash })
      for (const t of fn.triggers) steps.push({ kind: 'create-trigger', fn: fn.name, trigger: t })
    } else {
      if (hash === null || codeHashOf(have.description) !== hash) steps.push({ kind: 'update-code', fn, hash })
      const changes: string[] = []
      if (have.timeout !== fn.timeout) changes.push(`timeout ${have.timeout} → ${fn.timeout} s`)
      if (have.memorySize !== fn.memorySize) changes.push(`memory ${have.memorySize} → ${fn.memorySize} MB`)
      for (const [k, v] of Object.entries(d.variables)) {
        if (have.variables[k] !== v) changes.push(`${k} ${have.variables[k] === undefined ? 'added' : 'changed'}`)
      }
      if (changes.length) steps.push({ kind: 'update-config', fn, variables: { ...have.variables, ...d.variables }, changes })
      // One trigger per function, by the one name config.json gives it: strays go first (a
      // function may hold only one trigger), then a changed one is replaced.
      for (const cur of have.triggers) {
        if (cur.type === 'timer' && !fn.triggers.some((t) => t.name === cur.name)) steps.push({ kind: 'delete-trigger', fn: fn.name, trigger: cur.name })
      }
      for (const t of fn.triggers) {
        const cur = have.triggers.find((x) => x.name === t.name)
        if (cur && cur.type === t.type && cronOf(cur.config) === t.config) continue
        if (cur) steps.push({ kind: 'delete-trigger', fn: fn.name, trigger: cur.name })
        steps.push({ kind: 'create-trigger', fn: fn.name, trigger: t })
      }
    }
    // Cloud-call permission (WeChat, not CloudBase): only DevTools uploads or WeChat's API grant it.
    if (fn.openapi.length) {
      const granted = o ? o.openapi[fn.name] ?? null : null
      if (granted && fn.openapi.every((a) => granted.includes(a))) continue
      if (d.canGrantOpenapi) steps.push({ kind: 'grant-openapi', fn: fn.name, apis: fn.openapi })
      else {
        steps.push({
          kind: 'manual',
          zh: `云函数 ${fn.name} 需要云调用权限（${fn.openapi.join('、')}），否则这些云调用一律失败（-604101）。设置 WECHAT_APP_SECRET（小程序 AppSecret）后重新运行 npm run deploy 即可自动授予；或在微信开发者工具中右键 dist/cloudfunctions/${fn.name} →“上传并部署：云端安装依赖”一次（开发者工具会应用 config.json 中的权限）`,
          en: `function ${fn.name} needs the cloud-call permission (${fn.openapi.join(', ')}) or every such cloud call fails with -604101. Set WECHAT_APP_SECRET (the mini-program's AppSecret) and run npm run deploy again to grant it, or in WeChat DevTools right-click dist/cloudfunctions/${fn.name} → "上传并部署：云端安装依赖" once (DevTools applies config.json's permissions)`
        })
      }
    }
  }
  if (d.miniprogram.upload) steps.push({ kind: 'upload-miniprogram', ...d.miniprogram.upload })
  return steps
}

/** Steps that change something in the environment (the rest only tell a person what to do). */
export const mutating = (s: Step) => s.kind !== 'manual' && s.kind !== 'blocked'

const show = (vars: Record<string, string>) =>
  Object.keys(vars).sort().map((k) => (SECRET_VARIABLES.has(k) ? `${k}=<secret>` : `${k}=${vars[k].length > 60 ? vars[k].slice(0, 57) + '…' : vars[k]}`)).join(', ')

/** One line per step, Chinese / English. */
export function describeStep(s: Step): string {
  switch (s.kind) {
    case 'create-collection': return `创建集合 ${s.collection} / create collection ${s.collection}`
    case 'create-index': return `创建索引 ${s.collection}.${s.index.name} / create index ${s.collection}.${s.index.name} (${s.index.keys.map((k) => `${k.field} ${k.direction === 1 ? 'asc' : 'desc'}`).join(', ')}${s.index.unique ? ', unique' : ''})`
    case 'drop-index': return `删除已变更的索引 ${s.collection}.${s.index} / drop changed index ${s.collection}.${s.index}`
    case 'set-database-acl': return `集合 ${s.collection} 权限设为仅管理端可读写 / collection ${s.collection} permission ${s.acl} (server only)`
    case 'set-storage-rule': return `云存储安全规则：小程序端只能上传到临时目录、只能读取自己的导出文件，其余仅云函数读写 / storage rule ${JSON.stringify(s.rule)} (clients upload to uploads/ and read their exports only; links expire)`
    case 'delete-function': return `删除云函数 ${s.fn}（${s.reason}），随后重建 / delete function ${s.fn} (${s.reason}) to recreate it`
    case 'create-function': return `创建云函数 ${s.fn.name} / create function ${s.fn.name}: ${s.fn.runtime}, timeout ${s.fn.timeout} s, memory ${s.fn.memorySize} MB, variables ${show(s.variables)}`
    case 'update-code': return `上传云函数 ${s.fn.name} 的代码 / upload code of function ${s.fn.name}${s.hash ? ` (${s.hash})` : ' (if its hash changed)'}`
    case 'update-config': return `更新云函数 ${s.fn.name} 配置 / update function ${s.fn.name}: ${s.changes.join('; ')} (variables not owned by deploy are kept)`
    case 'create-trigger': return `创建定时触发器 ${s.fn}.${s.trigger.name} / create timer trigger ${s.fn}.${s.trigger.name} "${s.trigger.config}"`
    case 'delete-trigger': return `删除多余的触发器 ${s.fn}.${s.trigger} / delete stray trigger ${s.fn}.${s.trigger}`
    case 'grant-openapi': return `授予云函数 ${s.fn} 云调用权限 / grant function ${s.fn} the cloud-call permission: ${s.apis.join(', ')}`
    case 'manual': return `需要人工操作 / to do by hand: ${s.zh}\n      ${s.en}`
    case 'blocked': return `无法自动完成 / blocked: ${s.zh}\n      ${s.en}`
    case 'upload-miniprogram': return `上传小程序代码 版本 ${s.version}（机器人 ${s.robot}）/ upload the mini-program version ${s.version} (robot ${s.robot})`
  }
}
