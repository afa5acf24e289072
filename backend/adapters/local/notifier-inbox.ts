/**
 * Local notifier: instead of calling WeChat it appends the message to `<dataDir>/inbox.jsonl`,
 * which the local server shows as an inbox. `failWith` lets tests simulate WeChat errors.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import type { Notifier, OutgoingMessage, SendResult } from '../../ports/notifier.port'
import type { Clock } from '../../ports/system.port'

export interface InboxMessage extends OutgoingMessage {
  at: string
  status: 'delivered'
}

export interface InboxNotifier extends Notifier {
  list(): Promise<InboxMessage[]>
}

export function createInboxNotifier(file: string, clock: Clock, failWith?: (msg: OutgoingMessage) => SendResult | null): InboxNotifier {
  return {
    async send(msg) {
      const failure = failWith?.(msg)
      if (failure) return failure
      const entry: InboxMessage = { ...msg, at: clock.now().toISOString(), status: 'delivered' }
      appendFileSync(file, JSON.stringify(entry) + '\n')
      return { ok: true }
    },
    async list() {
      if (!existsSync(file)) return []
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as InboxMessage)
        .reverse()
    }
  }
}
