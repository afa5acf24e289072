/**
 * Local stand-in for WeChat's subscription messages. Like WeChat it keeps its own count of
 * one-time consents per (user, template) — granted from the platform side (the h5 prompt and
 * the weapp test harness report accepts to it, as WeChat's servers learn them from the phone),
 * never from what the backend believes — and refuses a send without one with 43101. Every send,
 * delivered or refused, lands in `<dataDir>/inbox.jsonl`, which /dev/inbox shows.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { Notifier, OutgoingMessage, SendResult } from '../../ports/notifier.port'
import type { Clock } from '../../ports/system.port'

export interface InboxMessage extends OutgoingMessage {
  at: string
  status: 'delivered' | 'refused'
  /** WeChat's error code when refused (43101: no consent left). */
  errCode?: number
}

export interface InboxNotifier extends Notifier {
  list(): Promise<InboxMessage[]>
  /** The user accepted `templateId` once more in a subscription prompt. */
  grant(openid: string, templateId: string): void
  /** Unused consents (what WeChat would still let through). */
  consents(openid: string, templateId: string): number
  clear(): void
}

export interface InboxOptions {
  /** Long-term templates: WeChat does not count (SUBSCRIBE_LONG_TERM). */
  longTerm?: boolean
  /** Simulated WeChat failures (tests): a non-null result is returned instead of sending. */
  failWith?: (msg: OutgoingMessage) => SendResult | null
}

export function createInboxNotifier(file: string, consentFile: string, clock: Clock, opts: InboxOptions = {}): InboxNotifier {
  const key = (openid: string, templateId: string) => `${openid}|${templateId}`
  const read = (): Record<string, number> => (existsSync(consentFile) ? (JSON.parse(readFileSync(consentFile, 'utf8')) as Record<string, number>) : {})
  const write = (c: Record<string, number>) => writeFileSync(consentFile, JSON.stringify(c))
  const record = (entry: InboxMessage) => appendFileSync(file, JSON.stringify(entry) + '\n')

  return {
    async send(msg) {
      const failure = opts.failWith?.(msg)
      if (failure) return failure
      const at = clock.now().toISOString()
      if (!opts.longTerm) {
        const c = read()
        const k = key(msg.openid, msg.templateId)
        if ((c[k] ?? 0) < 1) {
          record({ ...msg, at, status: 'refused', errCode: 43101 })
          return { ok: false, code: 43101, message: 'user refuse to accept the msg (no subscription left)', retryable: false }
        }
        c[k] = c[k] - 1
        write(c)
      }
      record({ ...msg, at, status: 'delivered' })
      return { ok: true }
    },
    grant(openid, templateId) {
      const c = read()
      const k = key(openid, templateId)
      c[k] = (c[k] ?? 0) + 1
      write(c)
    },
    consents(openid, templateId) {
      return read()[key(openid, templateId)] ?? 0
    },
    async list() {
      if (!existsSync(file)) return []
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as InboxMessage)
        .reverse()
    },
    clear() {
      writeFileSync(file, '')
      write({})
    }
  }
}
