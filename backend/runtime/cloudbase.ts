/**
 * The CloudBase runtime, built from environment variables on first use (importing a
 * function bundle connects to nothing). Never imports SQLite.
 *   TCB_ENV / SCF env     the CloudBase environment (default: the function's own)
 *   FILING_CRYPTO_KEY     32-byte key, hex or base64 (required)
 *   ADMIN_OPENIDS         comma-separated first admins
 *   SUBSCRIBE_TEMPLATES   JSON: { "<kind>": { "id": "<template id>", "keys": { "<slot>": "<key>" } } } (core's parseSubscribeTemplates)
 *   SUBSCRIBE_LONG_TERM   "true" when the templates are long-term (政务民生), default "false"
 *   MINIPROGRAM_STATE     developer | trial | formal (default formal)
 *   OCR_PROVIDER, SMS_PROVIDER, …  see ./trust-services.ts
 */
import * as tcb from '@cloudbase/node-sdk'
import { kaipingConfig, parseSubscribeSettings } from '../core'
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

export function createCloudRuntimeFromEnv(env: Record<string, string | undefined>, send: SubscribeSend = wxServerSdkSend(), trustDeps: CloudTrustDeps = {}): Runtime {
  const keyText = env.FILING_CRYPTO_KEY
  if (!keyText) throw new Error('FILING_CRYPTO_KEY is not set: ID numbers cannot be encrypted')
  const app = lazy<App>(() => tcb.init({ env: env.TCB_ENV || env.SCF_NAMESPACE || tcb.SYMBOL_CURRENT_ENV }))
  // The old single-template setting cannot say the template's data keys: warn, never guess them.
  if (env.TEMPLATE_ID_STATUS && !env.SUBSCRIBE_TEMPLATES) console.warn(JSON.stringify({ level: 'warn', at: 'runtime', message: 'TEMPLATE_ID_STATUS is no longer read: set SUBSCRIBE_TEMPLATES (template ids and their data keys)' }))
  const subscribe = parseSubscribeSettings(env)
  if (!subscribe.ok) throw new Error(`SUBSCRIBE_TEMPLATES / SUBSCRIBE_LONG_TERM are invalid: ${subscribe.problems.map((p) => `${p.path}: ${p.en}`).join('; ')}`)
  const trust = createCloudTrustServices(env, trustDeps)
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
    config: kaipingConfig,
    settings: { adminOpenids: parseOpenidList(env.ADMIN_OPENIDS), subscribe: subscribe.value, certificateVerifyUrl: trust.certificateVerifyUrl }
  }
}
