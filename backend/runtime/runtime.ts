/** Everything a handler may touch, injected: the cloud and local runtimes differ only here. */
import type { JurisdictionConfig, SubscribeSettings } from '../core'
import type { Files } from '../ports/files.port'
import type { Notifier } from '../ports/notifier.port'
import type { Store } from '../ports/store.port'
import type { Clock, Crypto, Identity, Ids } from '../ports/system.port'
import type { OcrEngine, SmsSender, TrustStore } from '../ports/trust.port'

export interface RuntimeSettings {
  /** The first admins (ADMIN_OPENIDS); further staff live in the database. */
  adminOpenids: string[]
  /** Subscription templates (ids + data keys) and whether they are long-term (SUBSCRIBE_TEMPLATES, SUBSCRIBE_LONG_TERM). */
  subscribe: SubscribeSettings
  /** Page a certificate's QR code links to (CERTIFICATE_VERIFY_URL); null: the QR holds the bare code. */
  certificateVerifyUrl?: string | null
  /**
   * Check every answer against its action's output contract before it leaves (local runs and
   * tests). A mismatch is a defect: the caller gets `internal` and the log names the field. Off
   * in the cloud, where the mini-program's own parse of the same schema is the guard.
   */
  checkOutputs?: boolean
}

export interface Runtime {
  store: Store
  files: Files
  notifier: Notifier
  /** OCR readings, reviewer checklists and SMS code state (same database, own port). */
  trustStore: TrustStore
  ocr: OcrEngine
  sms: SmsSender
  clock: Clock
  ids: Ids
  crypto: Crypto
  identity: Identity
  config: JurisdictionConfig
  settings: RuntimeSettings
}

/** ADMIN_OPENIDS='a,b' → ['a','b'] (blank entries dropped). */
export function parseOpenidList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}
