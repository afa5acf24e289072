/**
 * A local HTTP server standing in for the Tencent Cloud API (tcb, scf) and WeChat's server API, for
 * the deploy tests. It checks each request the way the real services do where it matters here — the
 * TC3-HMAC-SHA256 signature against the test's secret key, the action name, the environment id —
 * keeps state (collections, indexes, rules, functions, triggers, permissions) and records every
 * request, so a test can assert what deploy sent and that a second run sends no change.
 * Shapes follow the Tencent Cloud API reference and what @cloudbase/manager-node reads.
 */
import { createHash, createHmac } from 'node:crypto'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  service: string
  action: string
  params: Record<string, any>
}

interface Fn {
  Runtime: string
  Timeout: number
  MemorySize: number
  Description: string
  Handler: string
  InstallDependency: string
  Variables: Array<{ Key: string; Value: string }>
  Triggers: Array<{ TriggerName: string; Type: string; TriggerDesc: string }>
  codeUploads: number
}

export const READ_ACTIONS = new Set(['DescribeCloudBaseGWAPI', 'DescribeEnvInfo', 'DescribeTable', 'ListTables', 'DescribeDatabaseACL', 'DescribeStorageSafeRule', 'GetFunction', 'getfuncconfig', 'stable_token'])

export class FakeTencentCloud {
  readonly requests: RecordedRequest[] = []
  readonly collections = new Map<string, { indexes: Map<string, { keys: Array<{ Name: string; Direction: string }>; unique: boolean }>; acl: string }>()
  storage: { acl: string; rule: string | null } = { acl: 'READONLY', rule: null }
  readonly functions = new Map<string, Fn>()
  readonly openapi = new Map<string, string[]>()
  private server: Server | null = null
  url = ''

  constructor(readonly o: { envId: string; secretId: string; secretKey: string; appid: string; appSecret: string }) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = ''
      req.on('data', (c) => { body += c })
      req.on('end', () => {
        let reply: unknown
        try {
          reply = req.url?.startsWith('/cgi-bin/') || req.url?.startsWith('/tcb/') ? this.wechat(req, body) : this.cloudApi(req, body)
        } catch (e) {
          reply = { Response: { Error: { Code: 'InternalError', Message: String(e) }, RequestId: 'r' } }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply))
      })
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  /** Requests that change something (everything but reads). */
  changes(from = 0): RecordedRequest[] {
    return this.requests.slice(from).filter((r) => !READ_ACTIONS.has(r.action))
  }

  // ——— WeChat: stable_token, getfuncconfig / uploadfuncconfig ———
  private wechat(req: IncomingMessage, body: string): unknown {
    const url = new URL(req.url ?? '/', 'http://x')
    const params = JSON.parse(body || '{}') as Record<string, any>
    const action = url.pathname.split('/').pop() ?? ''
    this.requests.push({ service: 'wechat', action, params })
    if (action === 'stable_token') {
      return params.appid === this.o.appid && params.secret === this.o.appSecret ? { access_token: 'token-1', expires_in: 7200 } : { errcode: 40125, errmsg: 'invalid appsecret' }
    }
    if (url.searchParams.get('access_token') !== 'token-1') return { errcode: 40001, errmsg: 'invalid credential' }
    if (params.env !== this.o.envId || params.type !== 1) return { errcode: 40097, errmsg: 'invalid args' }
    if (action === 'getfuncconfig') {
      const apis = this.openapi.get(params.function_name)
      return apis ? { errcode: 0, errmsg: 'ok', config: JSON.stringify({ permissions: { openapi: apis } }) } : { errcode: 85089, errmsg: 'config not exist' }
    }
    if (action === 'uploadfuncconfig') {
      this.openapi.set(params.function_name, JSON.parse(params.config).permissions.openapi)
      return { errcode: 0, errmsg: 'ok' }
    }
    return { errcode: 404, errmsg: 'unknown' }
  }

  // ——— Tencent Cloud API 3.0 ———
  private verify(req: IncomingMessage, body: string, service: string): string | null {
    const auth = String(req.headers.authorization ?? '')
    const m = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([a-z]+)\/tc3_request, SignedHeaders=content-type;host, Signature=([0-9a-f]{64})$/.exec(auth)
    if (!m) return 'AuthFailure.SignatureFailure'
    if (m[1] !== this.o.secretId) return 'AuthFailure.SecretIdNotFound'
    if (m[3] !== service) return 'AuthFailure.SignatureFailure'
    const hash = (s: string) => createHash('sha256').update(s).digest('hex')
    const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s).digest()
    const host = String(req.headers.host)
    const canonical = `POST\n/\n\ncontent-type:application/json\nhost:${host}\n\ncontent-type;host\n${hash(body)}`
    const ts = String(req.headers['x-tc-timestamp'])
    const toSign = `TC3-HMAC-SHA256\n${ts}\n${m[2]}/${service}/tc3_request\n${hash(canonical)}`
    const key = hmac(hmac(hmac(`TC3${this.o.secretKey}`, m[2]), service), 'tc3_request')
    return createHmac('sha256', key).update(toSign).digest('hex') === m[4] ? null : 'AuthFailure.SignatureFailure'
  }

  private cloudApi(req: IncomingMessage, body: string): unknown {
    const service = String(req.headers.host ?? '').split('.')[0]
    const action = String(req.headers['x-tc-action'] ?? '')
    const params = JSON.parse(body || '{}') as Record<string, any>
    this.requests.push({ service, action, params })
    const fail = (Code: string, Message: string) => ({ Response: { Error: { Code, Message }, RequestId: 'r' } })
    const ok = (data: Record<string, unknown> = {}) => ({ Response: { ...data, RequestId: 'r' } })
    const bad = this.verify(req, body, service)
    if (bad) return fail(bad, 'signature does not match')
    const env = params.EnvId ?? params.Namespace
    if (action !== 'DescribeEnvInfo' && env !== undefined && env !== this.o.envId) return fail('ResourceNotFound.Env', `no env ${env}`)
    const table = (name: string) => this.collections.get(name)
    const fn = (name: string) => this.functions.get(name)
    switch (`${service}:${action}`) {
      case 'tcb:DescribeEnvInfo':
        return ok({
          EnvInfo: {
            EnvBaseInfo: {
              EnvId: this.o.envId, Alias: 'test', Status: 'NORMAL', Region: 'ap-shanghai', Source: 'miniapp',
              Databases: [{ InstanceId: 'tnt-db1', Region: 'ap-shanghai', Status: 'RUNNING' }],
              Storages: [{ Bucket: `${this.o.envId}-1300000000`, Region: 'ap-shanghai', AppId: '1300000000' }],
              Functions: [{ Namespace: this.o.envId, Region: 'ap-shanghai' }],
              LogServices: []
            },
            UserInfo: { AppId: '1300000000' }
          }
        })
      case 'tcb:DescribeTable': {
        const t = table(params.TableName)
        if (!t) return fail('ResourceNotFound', `table ${params.TableName} not exist`)
        return ok({ IndexNum: t.indexes.size, Indexes: [...t.indexes].map(([Name, i]) => ({ Name, Keys: i.keys, Unique: i.unique, Size: 0, Accesses: { Ops: 0, Since: '' } })) })
      }
      case 'tcb:ListTables':
        return ok({ Tables: [...this.collections.keys()].map((TableName) => ({ TableName, Count: 0, Size: 0, IndexCount: 1, IndexSize: 0 })), Pager: { Offset: 0, Limit: 1000, Total: this.collections.size } })
      case 'tcb:CreateTable':
        if (table(params.TableName)) return fail('ResourceInUse', `table ${params.TableName} exists`)
        // A new collection has the _id index and, like the console default, "creator can read/write".
        this.collections.set(params.TableName, { indexes: new Map([['_id_', { keys: [{ Name: '_id', Direction: '1' }], unique: true }]]), acl: 'PRIVATE' })
        return ok()
      case 'tcb:UpdateTable': {
        const t = table(params.TableName)
        if (!t) return fail('ResourceNotFound', 'no table')
        for (const d of params.DropIndexes ?? []) t.indexes.delete(d.IndexName)
        for (const c of params.CreateIndexes ?? []) {
          if (t.indexes.has(c.IndexName)) return fail('InvalidParameter', `index ${c.IndexName} exists`)
          t.indexes.set(c.IndexName, { keys: c.MgoKeySchema.MgoIndexKeys, unique: c.MgoKeySchema.MgoIsUnique })
        }
        return ok()
      }
      case 'tcb:DescribeDatabaseACL': {
        const t = table(params.CollectionName)
        return t ? ok({ AclTag: t.acl }) : fail('ResourceNotFound', 'no table')
      }
      case 'tcb:ModifyDatabaseACL': {
        const t = table(params.CollectionName)
        if (!t) return fail('ResourceNotFound', 'no table')
        if (!['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY'].includes(params.AclTag)) return fail('InvalidParameter', 'AclTag')
        t.acl = params.AclTag
        return ok()
      }
      case 'tcb:DescribeStorageSafeRule':
        return ok({ AclTag: this.storage.acl, Rule: this.storage.rule ?? undefined })
      case 'tcb:ModifyStorageSafeRule':
        if (params.Bucket !== `${this.o.envId}-1300000000`) return fail('InvalidParameter', 'bucket')
        this.storage = { acl: params.AclTag, rule: params.Rule ?? null }
        return ok()
      case 'scf:GetFunction': {
        const f = fn(params.FunctionName)
        if (!f) return fail('ResourceNotFound.Function', `function ${params.FunctionName} not found`)
        return ok({
          FunctionName: params.FunctionName, Status: 'Active', Runtime: f.Runtime, Timeout: f.Timeout, MemorySize: f.MemorySize, Description: f.Description,
          Handler: f.Handler, InstallDependency: f.InstallDependency, Environment: { Variables: f.Variables }, Triggers: f.Triggers, VpcConfig: {}
        })
      }
      case 'scf:CreateFunction': {
        if (fn(params.FunctionName)) return fail('ResourceInUse.Function', 'exists')
        if (!params.Code?.ZipFile) return fail('InvalidParameterValue.Code', 'no code')
        this.functions.set(params.FunctionName, {
          Runtime: params.Runtime, Timeout: params.Timeout, MemorySize: params.MemorySize, Description: params.Description ?? '', Handler: params.Handler,
          InstallDependency: params.InstallDependency, Variables: params.Environment?.Variables ?? [], Triggers: [], codeUploads: 1
        })
        return ok()
      }
      case 'scf:UpdateFunctionCode': {
        const f = fn(params.FunctionName)
        if (!f) return fail('ResourceNotFound.Function', 'not found')
        if (!params.Code?.ZipFile) return fail('InvalidParameterValue.Code', 'no code')
        f.codeUploads++
        return ok()
      }
      case 'scf:UpdateFunctionConfiguration': {
        const f = fn(params.FunctionName)
        if (!f) return fail('ResourceNotFound.Function', 'not found')
        if (params.Timeout !== undefined) f.Timeout = params.Timeout
        if (params.MemorySize !== undefined) f.MemorySize = params.MemorySize
        if (params.Description !== undefined) f.Description = params.Description
        // Overwrite-style, as the real API: the new list replaces every variable.
        if (params.Environment) f.Variables = params.Environment.Variables
        return ok()
      }
      case 'scf:BatchCreateTrigger': {
        const f = fn(params.FunctionName)
        if (!f) return fail('ResourceNotFound.Function', 'not found')
        for (const t of JSON.parse(params.Triggers) as Array<{ TriggerName: string; Type: string; TriggerDesc: string }>) {
          if (f.Triggers.some((x) => x.TriggerName === t.TriggerName)) return fail('ResourceInUse.Trigger', 'exists')
          if (f.Triggers.length >= 1) return fail('LimitExceeded.Trigger', 'one trigger per function')
          f.Triggers.push({ TriggerName: t.TriggerName, Type: t.Type, TriggerDesc: JSON.stringify({ cron: t.TriggerDesc }) })
        }
        return ok()
      }
      case 'scf:DeleteTrigger': {
        const f = fn(params.FunctionName)
        if (!f) return fail('ResourceNotFound.Function', 'not found')
        f.Triggers = f.Triggers.filter((t) => t.TriggerName !== params.TriggerName)
        return ok()
      }
      case 'tcb:DescribeCloudBaseGWAPI':
        return ok({ APISet: [], Total: 0 })
      case 'scf:DeleteFunction':
        this.functions.delete(params.FunctionName)
        this.openapi.delete(params.FunctionName)
        return ok()
      default:
        return fail('InvalidAction', `${service}:${action} is not implemented by the fake`)
    }
  }
}
