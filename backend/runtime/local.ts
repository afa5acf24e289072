/**
 * Local runtime (npm start, tests): SQLite store, files on disk, an inbox instead of WeChat,
 * identity from the demo-identity switch. Imports SQLite, so no cloud function entry may
 * import this file.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { kaipingConfig, parseSubscribeSettings, type JurisdictionConfig, type SubscribeSettings } from '../core'
import { openSqliteStore, type SqliteStore } from '../adapters/sqlite/store-sqlite'
import { createLocalFiles, type LocalFiles } from '../adapters/local/files-local'
import { createInboxNotifier, type InboxMessage } from '../adapters/local/notifier-inbox'
import { localIdentity } from '../adapters/local/identity-local'
import { createNodeCrypto, parseMasterKey } from '../adapters/node/crypto-node'
import { randomIds } from '../adapters/node/system-node'
import type { Notifier, OutgoingMessage, SendResult } from '../ports/notifier.port'
import type { OcrEngine, SmsResult } from '../ports/trust.port'
import { openSqliteTrustStore } from '../adapters/sqlite/trust-store-sqlite'
import { createPaddleOcr } from '../adapters/local/ocr-paddle'
import { createInboxSms, type InboxSms } from '../adapters/local/sms-inbox'
import type { Clock, Ids } from '../ports/system.port'
import type { Store } from '../ports/store.port'
import type { Runtime } from './runtime'
import { DEMO_IDENTITIES, type DemoIdentity } from '../seed/identities'
import { seedDemo } from '../seed/demo'

export type { InboxMessage } from '../adapters/local/notifier-inbox'
export type { InboxSms } from '../adapters/local/sms-inbox'

export interface LocalRuntime extends Runtime {
  localFiles: Pick<LocalFiles, 'readSigned'> & {
    put(cloudPath: string, bytes: Buffer, contentType: string, openid: string): Promise<{ fileId: string }>
  }
  /** The local WeChat: its inbox and its own count of consents (granted as WeChat would learn them); the SMS inbox. */
  inbox: { list(): Promise<InboxMessage[]>; grant(openid: string, templateId: string): void; consents(openid: string, templateId: string): number; sms(): InboxSms[] }
  demoIdentities: DemoIdentity[]
  /** Resolves when first-run demo seeding is done (immediately when there is none). */
  ready: Promise<void>
  reset(): Promise<void>
  close(): void
}

export interface LocalRuntimeOptions {
  dataDir: string
  now?: () => Date
  /** Seed demo data when the data dir is fresh (default true). */
  seedDemo?: boolean
  // Test seams: deterministic ids, simulated WeChat failures, a different jurisdiction.
  ids?: Ids
  failSend?: (msg: OutgoingMessage) => SendResult | null
  notifier?: Notifier
  config?: JurisdictionConfig
  adminOpenids?: string[]
  subscribe?: SubscribeSettings
  /** Another store adapter (tests run the handlers on the CloudBase adapter this way). */
  store?: Store
  /** Test seams: another OCR engine (e.g. a cloud adapter against a local stand-in), SMS outages. */
  ocr?: OcrEngine
  failSms?: () => SmsResult | null
  certificateVerifyUrl?: string | null
}

/** Local key: created once per data dir, so a reset keeps old exports readable. */
function loadOrCreateKey(dataDir: string): Buffer {
  const file = join(dataDir, 'crypto.key')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex') + '\n', { mode: 0o600 })
  return parseMasterKey(readFileSync(file, 'utf8'))
}

/**
 * Local template ids and keys, written as a deployment writes SUBSCRIBE_TEMPLATES (and parsed by
 * the same parser), so the local mode exercises exactly the cloud's configuration path.
 */
export const LOCAL_SUBSCRIBE_TEMPLATES = JSON.stringify({
  reviewResult: { id: 'local-review-result', keys: { accountName: 'thing1', result: 'phrase2', time: 'time3', remark: 'thing4', filingNumber: 'character_string5' } },
  correctionNeeded: { id: 'local-correction-needed', keys: { accountName: 'thing1', fields: 'thing2', deadline: 'date3', remark: 'thing4' } },
  deadlineReminder: { id: 'local-deadline-reminder', keys: { accountName: 'thing1', deadline: 'date2', remark: 'thing3' } },
  reportClosed: { id: 'local-report-closed', keys: { receiptNumber: 'character_string1', accountName: 'thing2', result: 'phrase3', time: 'time4', remark: 'thing5' } },
  caseNotice: { id: 'local-case-notice', keys: { accountName: 'thing1', noticeType: 'thing2', deadline: 'time3', remark: 'thing4' } }
})

export function localSubscribeSettings(json = LOCAL_SUBSCRIBE_TEMPLATES, longTerm = false): SubscribeSettings {
  const parsed = parseSubscribeSettings({ SUBSCRIBE_TEMPLATES: json, SUBSCRIBE_LONG_TERM: String(longTerm) })
  if (!parsed.ok) throw new Error(`local subscription templates are invalid: ${parsed.problems.map((p) => p.en).join('; ')}`)
  return parsed.value
}

export function createLocalRuntime(opts: LocalRuntimeOptions): LocalRuntime {
  mkdirSync(opts.dataDir, { recursive: true })
  const dbFile = join(opts.dataDir, 'filing.sqlite')
  const fresh = !existsSync(dbFile)
  const clock: Clock = { now: opts.now ?? (() => new Date()) }
  const crypto = createNodeCrypto(loadOrCreateKey(opts.dataDir))
  const store: SqliteStore = openSqliteStore(dbFile)
  const filesRoot = join(opts.dataDir, 'files')
  const files = createLocalFiles(filesRoot, crypto, clock)
  const inboxFile = join(opts.dataDir, 'inbox.jsonl')
  const subscribe = opts.subscribe ?? localSubscribeSettings()
  const inbox = createInboxNotifier(inboxFile, join(opts.dataDir, 'wechat-consents.json'), clock, { longTerm: subscribe.longTerm, failWith: opts.failSend })
  const config = opts.config ?? kaipingConfig
  const trustStore = openSqliteTrustStore(dbFile)
  const smsFile = join(opts.dataDir, 'sms.jsonl')
  const sms = createInboxSms(smsFile, clock, config.office.shortName, opts.failSms)

  const rt: LocalRuntime = {
    store: opts.store ?? store,
    files,
    notifier: opts.notifier ?? inbox,
    trustStore,
    ocr: opts.ocr ?? createPaddleOcr(),
    sms,
    clock,
    ids: opts.ids ?? randomIds,
    crypto,
    identity: localIdentity,
    config,
    settings: {
      adminOpenids: opts.adminOpenids ?? DEMO_IDENTITIES.filter((d) => d.role === 'admin').map((d) => d.openid),
      subscribe,
      certificateVerifyUrl: opts.certificateVerifyUrl ?? null,
      checkOutputs: true
    },
    localFiles: { put: (p, b, t, o) => files.putUpload(p, b, t, o), readSigned: (t) => files.readSigned(t) },
    inbox: { list: () => inbox.list(), grant: (o, t) => inbox.grant(o, t), consents: (o, t) => inbox.consents(o, t), sms: () => sms.list() },
    demoIdentities: DEMO_IDENTITIES,
    ready: Promise.resolve(),
    async reset() {
      await store.clear()
      trustStore.clear()
      rmSync(filesRoot, { recursive: true, force: true })
      inbox.clear()
      rmSync(smsFile, { force: true })
      if (opts.seedDemo !== false) await seedDemo(rt, (o, t) => inbox.grant(o, t))
    },
    close: () => { trustStore.close(); store.close() }
  }
  if (fresh && opts.seedDemo !== false) rt.ready = seedDemo(rt, (o, t) => inbox.grant(o, t))
  return rt
}
