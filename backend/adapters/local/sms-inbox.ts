/**
 * Local SMS: instead of a text message, the code lands in the developer inbox
 * (`<dataDir>/sms.jsonl`, shown at /dev/inbox), which stands in for the applicant's phone.
 * `fail` lets tests simulate a provider outage.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { phoneCodeText } from '../../core'
import type { SmsResult, SmsSender } from '../../ports/trust.port'
import type { Clock } from '../../ports/system.port'

export interface InboxSms {
  at: string
  phone: string
  text: string
}

export interface InboxSmsSender extends SmsSender {
  list(): InboxSms[]
}

export function createInboxSms(file: string, clock: Clock, officeShortName: string, fail?: () => SmsResult | null): InboxSmsSender {
  return {
    provider: 'inbox',
    async sendCode(phone, code) {
      const failure = fail?.()
      if (failure) return failure
      const entry: InboxSms = { at: clock.now().toISOString(), phone, text: phoneCodeText(officeShortName, code) }
      appendFileSync(file, JSON.stringify(entry) + '\n', { mode: 0o600 })
      return { ok: true }
    },
    list() {
      if (!existsSync(file)) return []
      return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as InboxSms).reverse()
    }
  }
}
