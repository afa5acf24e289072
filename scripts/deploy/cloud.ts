/**
 * The CloudBase environment through @cloudbase/manager-node (Tencent's official management SDK,
 * the one the `tcb` CLI is built on): reads what exists, applies one plan step at a time. Every
 * request goes through the SDK's signed Tencent Cloud API calls; tests replace only the network
 * under it (test/build/deploy-cloud.test.ts).
 */
import CloudBase from '@cloudbase/manager-node'
import type { CollectionSpec } from '../../backend/adapters/cloudbase/collections'
import { describeCode, type FunctionSpec } from './manifest'
import type { Observed, ObservedCollection, ObservedFunction, Step } from './plan'
import type { WechatApi } from './wechat'

export interface CloudEnv {
  observe(functions: FunctionSpec[], collections: readonly CollectionSpec[]): Promise<Observed>
  apply(step: Step): Promise<void>
}

export interface CloudEnvOptions {
  envId: string
  region: string
  secretId: string
  secretKey: string
  token?: string
  /** dist/cloudfunctions: each function's built folder is uploaded from here. */
  functionRoot: string
  wechat: WechatApi | null
}

type AnyRecord = Record<string, unknown>
const codeOf = (e: unknown) => String((e as { code?: unknown })?.code ?? '')

export function createCloudEnv(opts: CloudEnvOptions): CloudEnv {
  const manager = new CloudBase({ envId: opts.envId, region: opts.region, secretId: opts.secretId, secretKey: opts.secretKey, token: opts.token })
  let ready: Promise<unknown> | null = null
  // Environment details (database instance, function namespace) are read once, before anything else.
  const init = () => (ready ??= manager.currentEnvironment().lazyInit())
  const tcb = () => manager.commonService('tcb')

  async function observeCollection(name: string, existing: Set<string> | null): Promise<ObservedCollection | null> {
    let table: { Indexes?: Array<{ Name: string; Keys?: Array<{ Name?: string; Direction?: string }>; Unique?: boolean }> }
    try {
      table = (await manager.database.describeCollection(name)) as typeof table
    } catch (e) {
      // Missing is an error here; make sure it is "missing" and not a failure that hides a collection.
      const names = existing ?? new Set<string>()
      if (!existing) {
        const list = (await manager.database.listCollections({ MgoLimit: 1000, MgoOffset: 0 })) as { Collections?: Array<{ CollectionName: string }> }
        for (const c of list.Collections ?? []) names.add(c.CollectionName)
      }
      if (!names.has(name)) return null
      throw e
    }
    const acl = (await tcb().call({ Action: 'DescribeDatabaseACL', Param: { EnvId: opts.envId, CollectionName: name } })) as { AclTag?: string }
    return {
      acl: acl.AclTag ?? null,
      indexes: (table.Indexes ?? []).map((i) => ({
        name: i.Name,
        unique: Boolean(i.Unique),
        keys: (i.Keys ?? []).map((k) => ({ field: k.Name ?? '', direction: Number(k.Direction) === -1 ? -1 : 1 }))
      }))
    }
  }

  async function observeFunction(name: string): Promise<ObservedFunction | null> {
    let f: AnyRecord
    try {
      f = (await manager.functions.getFunctionDetail(name)) as unknown as AnyRecord
    } catch (e) {
      if (/^ResourceNotFound/.test(codeOf(e))) return null
      throw e
    }
    const env = (f.Environment as { Variables?: Array<{ Key: string; Value: string }> } | undefined)?.Variables ?? []
    const triggers = (f.Triggers as Array<{ TriggerName: string; Type: string; TriggerDesc: string }> | undefined) ?? []
    return {
      runtime: String(f.Runtime ?? ''),
      timeout: Number(f.Timeout ?? 0),
      memorySize: Number(f.MemorySize ?? 0),
      description: String(f.Description ?? ''),
      variables: Object.fromEntries(env.map((v) => [v.Key, v.Value])),
      triggers: triggers.map((t) => ({ name: t.TriggerName, type: t.Type as 'timer', config: t.TriggerDesc }))
    }
  }

  const funcConfig = (fn: FunctionSpec) => ({
    name: fn.name,
    handler: fn.handler,
    runtime: fn.runtime,
    timeout: fn.timeout,
    memorySize: fn.memorySize,
    installDependency: fn.installDependency,
    ignore: ['node_modules', 'node_modules/**/*']
  })

  return {
    async observe(functions, collections) {
      await init()
      const out: Observed = { collections: {}, functions: {}, openapi: {}, storage: { acl: '', rule: null } }
      for (const c of collections) out.collections[c.name] = await observeCollection(c.name, null)
      const acl = (await manager.storage.getStorageAcl({ withRule: true })) as unknown as { acl: string; rule?: AnyRecord }
      out.storage = { acl: acl.acl, rule: acl.rule ?? null }
      for (const fn of functions) {
        out.functions[fn.name] = await observeFunction(fn.name)
        if (fn.openapi.length) out.openapi[fn.name] = opts.wechat && out.functions[fn.name] ? await opts.wechat.getOpenapi(opts.envId, fn.name) : null
      }
      return out
    },

    async apply(step) {
      await init()
      const fns = manager.functions
      switch (step.kind) {
        case 'create-collection':
          await manager.database.createCollection(step.collection)
          return
        case 'create-index':
          await manager.database.updateCollection(step.collection, {
            CreateIndexes: [{
              IndexName: step.index.name,
              MgoKeySchema: { MgoIndexKeys: step.index.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })), MgoIsUnique: step.index.unique }
            }]
          })
          return
        case 'drop-index':
          await manager.database.updateCollection(step.collection, { DropIndexes: [{ IndexName: step.index }] })
          return
        case 'set-database-acl':
          await tcb().call({ Action: 'ModifyDatabaseACL', Param: { EnvId: opts.envId, CollectionName: step.collection, AclTag: step.acl } })
          return
        case 'set-storage-rule':
          await manager.storage.setStorageAcl('CUSTOM', { read: step.rule.read, write: step.rule.write })
          return
        case 'delete-function':
          await fns.deleteFunction(step.fn)
          return
        case 'create-function':
          await fns.createFunction({
            func: { ...funcConfig(step.fn), envVariables: step.variables, description: step.hash ? describeCode(step.hash) : '' },
            functionRootPath: opts.functionRoot,
            deployMode: 'zip',
            force: false
          })
          return
        case 'update-code':
          await fns.updateFunctionCode({ func: funcConfig(step.fn), functionRootPath: opts.functionRoot, deployMode: 'zip' })
          await fns.waitFunctionActive(step.fn.name)
          // The hash rides in the description, so the next run knows this code is up.
          if (step.hash) await fns.updateFunctionConfig({ name: step.fn.name, description: describeCode(step.hash) })
          await fns.waitFunctionActive(step.fn.name)
          return
        case 'update-config':
          await fns.waitFunctionActive(step.fn.name)
          // The SDK's env update replaces every variable: `variables` already holds the ones found.
          await fns.updateFunctionConfig({ name: step.fn.name, timeout: step.fn.timeout, memorySize: step.fn.memorySize, envVariables: step.variables })
          await fns.waitFunctionActive(step.fn.name)
          return
        case 'create-trigger':
          await fns.createFunctionTriggers(step.fn, [step.trigger])
          return
        case 'delete-trigger':
          await fns.deleteFunctionTrigger(step.fn, step.trigger)
          return
        case 'grant-openapi':
          if (!opts.wechat) throw new Error('granting a cloud-call permission needs WECHAT_APP_SECRET')
          await opts.wechat.grantOpenapi(opts.envId, step.fn, step.apis)
          return
        case 'manual':
        case 'blocked':
        case 'upload-miniprogram':
          return
      }
    }
  }
}
