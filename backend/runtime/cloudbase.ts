/**
 * The CloudBase runtime, built from environment variables on first use (importing a
 * function bundle connects to nothing). Never imports SQLite.
 *   TCB_ENV / SCF env     the CloudBase environment (default: the function's own)
 *   FILING_CRYPTO_KEY     32-byte key, hex or base64 (required)
 *   ADMIN_OPENIDS         comma-separated first admins
 *   TEMPLATE_ID_STATUS    subscription template id for status changes (alias SUBSCRIBE_TEMPLATE_STATUS_CHANGED)
 *   TEMPLATE_ID_REPORT    "your report was handled" (to the reporter); TEMPLATE_ID_CASE supervision notices (to an operator)
 *   SUBSCRIBE_TEMPLATES   what `npm run deploy` sets ({ kind: { id, keys: slot → WeChat key } }); read here, for now,
 *                         for the supervision kinds only (reportClosed, caseNotice): ids when TEMPLATE_ID_* is unset,
 *                         and their data keys (see supervisionTemplates)
 *   MINIPROGRAM_STATE     developer | trial | formal (default formal)
 *   OCR_PROVIDER, SMS_PROVIDER, …  see ./trust-services.ts
 */
import * as tcb from '@cloudbase/node-sdk'
import { CASE_TEMPLATE_SLOTS, kaipingConfig, REPORT_TEMPLATE_SLOTS, WECHAT_FIELD_KEY, type JurisdictionConfig } from '../core'
import { createCloudbaseFiles, type FileApi } from '../adapters/cloudbase/files-cloudbase'
import { createCloudIdentity } from '../adapters/cloudbase/identity-cloudbase'
import { WechatNotifier, type SubscribeSend } from '../adapters/cloudbase/notifier-wechat'
import { createCloudbaseStore, type CloudDb } from '../adapters/cloudbase/store-cloudbase'
import { createCloudbaseTrustStore } from '../adapters/cloudbase/trust-store-cloudbase'
import { createNodeCrypto, parseMasterKey } from '../adapters/node/crypto-node'
import { randomIds, systemClock } from '../adapters/node/system-node'
import { parseOpenidList, type Runtime } from './runtime'
import { createCloudTrustServices, type CloudTrustDeps } from './trust-services'

type App = ReturnType<typeof tcb.init>

function lazy<T>(make: () => T): () => T {
  let v: T | undefined
  return () => (v ??= make())
}

/**
 * wx-server-sdk's cloud call, loaded at run time only: the deploy adds wx-server-sdk to the
 * function's package.json; it is not a dependency of this repo. Without it, sends fail as
 * retryable and the messages wait in the outbox.
 */
function wxServerSdkSend(): SubscribeSend {
  const load = lazy(() => {
    const name = 'wx-server-sdk'
    const cloud = require(name) as { init(o: { env: unknown }): void; DYNAMIC_CURRENT_ENV: unknown; openapi: { subscribeMessage: { send: SubscribeSend } } }
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    return cloud.openapi.subscribeMessage.send
  })
  return (args) => load()(args)
}

const SUPERVISION_SLOTS: Record<'reportClosed' | 'caseNotice', readonly string[]> = { reportClosed: REPORT_TEMPLATE_SLOTS, caseNotice: CASE_TEMPLATE_SLOTS }

/**
 * The supervision templates (reportClosed, caseNotice) from SUBSCRIBE_TEMPLATES, the variable
 * deploy owns: the id (unless TEMPLATE_ID_REPORT / TEMPLATE_ID_CASE is set) and the data keys,
 * which replace the config's defaults only when every slot named is one the message fills and
 * every key looks like a WeChat key (otherwise the config's keys stay). A bridge until the
 * notification policy's own parser of SUBSCRIBE_TEMPLATES lands and covers every kind.
 */
export function supervisionTemplates(env: Record<string, string | undefined>, config: JurisdictionConfig): { ids: { reportClosed?: string; caseNotice?: string }; config: JurisdictionConfig } {
  let json: Record<string, { id?: unknown; keys?: unknown } | undefined> = {}
  try {
    const parsed: unknown = JSON.parse(env.SUBSCRIBE_TEMPLATES || '{}')
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) json = parsed as typeof json
  } catch {
    // unreadable: the doctor names it; the explicit variables and the config's keys stay
  }
  const ids: { reportClosed?: string; caseNotice?: string } = {}
  const templates = { ...config.subscribeTemplates }
  for (const kind of ['reportClosed', 'caseNotice'] as const) {
    const explicit = kind === 'reportClosed' ? env.TEMPLATE_ID_REPORT : env.TEMPLATE_ID_CASE
    const t = json[kind]
    const id = explicit || (typeof t?.id === 'string' && t.id ? t.id : undefined)
    if (id) ids[kind] = id
    const keys = t?.keys
    if (keys && typeof keys === 'object' && !Array.isArray(keys)) {
      const entries = Object.entries(keys as Record<string, unknown>)
      const fits = entries.length > 0 && entries.every(([slot, key]) => SUPERVISION_SLOTS[kind].includes(slot) && typeof key === 'string' && WECHAT_FIELD_KEY.test(key))
      if (fits) templates[kind] = { ...templates[kind], fields: Object.fromEntries(entries) as typeof templates[typeof kind]['fields'] }
    }
  }
  return { ids, config: { ...config, subscribeTemplates: templates } }
}

export function createCloudRuntimeFromEnv(env: Record<string, string | undefined>, send: SubscribeSend = wxServerSdkSend(), trustDeps: CloudTrustDeps = {}): Runtime {
  const keyText = env.FILING_CRYPTO_KEY
  if (!keyText) throw new Error('FILING_CRYPTO_KEY is not set: ID numbers cannot be encrypted')
  const app = lazy<App>(() => tcb.init({ env: env.TCB_ENV || env.SCF_NAMESPACE || tcb.SYMBOL_CURRENT_ENV }))
  const trust = createCloudTrustServices(env, trustDeps)
  const supervision = supervisionTemplates(env, kaipingConfig)
  const state = env.MINIPROGRAM_STATE === 'developer' || env.MINIPROGRAM_STATE === 'trial' ? env.MINIPROGRAM_STATE : 'formal'
  return {
    store: createCloudbaseStore(() => app().database() as unknown as CloudDb),
    files: createCloudbaseFiles(() => app() as unknown as FileApi),
    notifier: new WechatNotifier(send, state),
    trustStore: createCloudbaseTrustStore(() => app().database() as unknown as CloudDb),
    ocr: trust.ocr,
    sms: trust.sms,
    clock: systemClock,
    ids: randomIds,
    crypto: createNodeCrypto(parseMasterKey(keyText)),
    identity: createCloudIdentity(),
    config: supervision.config,
    settings: {
      adminOpenids: parseOpenidList(env.ADMIN_OPENIDS),
      templateIds: {
        statusChanged: env.TEMPLATE_ID_STATUS || env.SUBSCRIBE_TEMPLATE_STATUS_CHANGED || undefined,
        reportClosed: supervision.ids.reportClosed,
        caseNotice: supervision.ids.caseNotice
      },
      certificateVerifyUrl: trust.certificateVerifyUrl
    }
  }
}
