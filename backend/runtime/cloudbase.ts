/**
 * The CloudBase runtime, built from environment variables on first use (importing a
 * function bundle connects to nothing). Never imports SQLite.
 *   TCB_ENV / SCF env     the CloudBase environment (default: the function's own)
 *   FILING_CRYPTO_KEY     32-byte key, hex or base64 (required)
 *   ADMIN_OPENIDS         comma-separated first admins
 *   TEMPLATE_ID_STATUS    subscription template id for status changes (alias SUBSCRIBE_TEMPLATE_STATUS_CHANGED)
 *   TEMPLATE_ID_REPORT    "your report was handled" (to the reporter); TEMPLATE_ID_CASE supervision notices (to an operator)
 *   MINIPROGRAM_STATE     developer | trial | formal (default formal)
 */
import * as tcb from '@cloudbase/node-sdk'
import { kaipingConfig } from '../core'
import { createCloudbaseFiles, type FileApi } from '../adapters/cloudbase/files-cloudbase'
import { createCloudIdentity } from '../adapters/cloudbase/identity-cloudbase'
import { WechatNotifier, type SubscribeSend } from '../adapters/cloudbase/notifier-wechat'
import { createCloudbaseStore, type CloudDb } from '../adapters/cloudbase/store-cloudbase'
import { createNodeCrypto, parseMasterKey } from '../adapters/node/crypto-node'
import { randomIds, systemClock } from '../adapters/node/system-node'
import { parseOpenidList, type Runtime } from './runtime'

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

export function createCloudRuntimeFromEnv(env: Record<string, string | undefined>, send: SubscribeSend = wxServerSdkSend()): Runtime {
  const keyText = env.FILING_CRYPTO_KEY
  if (!keyText) throw new Error('FILING_CRYPTO_KEY is not set: ID numbers cannot be encrypted')
  const app = lazy<App>(() => tcb.init({ env: env.TCB_ENV || env.SCF_NAMESPACE || tcb.SYMBOL_CURRENT_ENV }))
  const state = env.MINIPROGRAM_STATE === 'developer' || env.MINIPROGRAM_STATE === 'trial' ? env.MINIPROGRAM_STATE : 'formal'
  return {
    store: createCloudbaseStore(() => app().database() as unknown as CloudDb),
    files: createCloudbaseFiles(() => app() as unknown as FileApi),
    notifier: new WechatNotifier(send, state),
    clock: systemClock,
    ids: randomIds,
    crypto: createNodeCrypto(parseMasterKey(keyText)),
    identity: createCloudIdentity(),
    config: kaipingConfig,
    settings: {
      adminOpenids: parseOpenidList(env.ADMIN_OPENIDS),
      templateIds: {
        statusChanged: env.TEMPLATE_ID_STATUS || env.SUBSCRIBE_TEMPLATE_STATUS_CHANGED || undefined,
        reportClosed: env.TEMPLATE_ID_REPORT || undefined,
        caseNotice: env.TEMPLATE_ID_CASE || undefined
      }
    }
  }
}
