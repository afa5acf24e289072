/**
 * Local runtime (npm start, tests): SQLite store, files on disk, an inbox instead of WeChat,
 * identity from the demo-identity switch. Imports SQLite, so no cloud function entry may
 * import this file.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { kaipingConfig, type JurisdictionConfig } from '../core'
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
import type { Runtime } from './runtime'
import { DEMO_IDENTITIES, type DemoIdentity } from '../seed/identities'
import { seedDemo } from '../seed/demo'

export type { InboxMessage } from '../adapters/local/notifier-inbox'
export type { InboxSms } from '../adapters/local/sms-inbox'

export interface LocalRuntime extends Runtime {
  localFiles: Pick<LocalFiles, 'readSigned'> & {
    put(cloudPath: string, bytes: Buffer, contentType: string, openid: string): Promise<{ fileId: string }>
  }
  inbox: { list(): Promise<InboxMessage[]>; sms(): InboxSms[] }
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
  templateIds?: { statusChanged?: string; reportClosed?: string; caseNotice?: string }
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

export const LOCAL_STATUS_TEMPLATE_ID = 'local-status-changed'
export const LOCAL_REPORT_TEMPLATE_ID = 'local-report-closed'
export const LOCAL_CASE_TEMPLATE_ID = 'local-case-notice'

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
  const inbox = createInboxNotifier(inboxFile, clock, opts.failSend)
  const config = opts.config ?? kaipingConfig
  const trustStore = openSqliteTrustStore(dbFile)
  const smsFile = join(opts.dataDir, 'sms.jsonl')
  const sms = createInboxSms(smsFile, clock, config.office.shortName, opts.failSms)

  const rt: LocalRuntime = {
    store,
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
      templateIds: opts.templateIds ?? { statusChanged: LOCAL_STATUS_TEMPLATE_ID, reportClosed: LOCAL_REPORT_TEMPLATE_ID, caseNotice: LOCAL_CASE_TEMPLATE_ID },
      certificateVerifyUrl: opts.certificateVerifyUrl ?? null,
      checkOutputs: true
    },
    localFiles: { put: (p, b, t, o) => files.putUpload(p, b, t, o), readSigned: (t) => files.readSigned(t) },
    inbox: { list: () => inbox.list(), sms: () => sms.list() },
    demoIdentities: DEMO_IDENTITIES,
    ready: Promise.resolve(),
    async reset() {
      await store.clear()
      trustStore.clear()
      rmSync(filesRoot, { recursive: true, force: true })
      rmSync(inboxFile, { force: true })
      rmSync(smsFile, { force: true })
      if (opts.seedDemo !== false) await seedDemo(rt)
    },
    close: () => { trustStore.close(); store.close() }
  }
  if (fresh && opts.seedDemo !== false) rt.ready = seedDemo(rt)
  return rt
}
