/**
 * Outbox dispatcher: sends due messages with retries and exponential backoff. A lease
 * (claim) keeps two overlapping timer runs from sending the same message twice; a crash
 * after the claim only delays the message until the lease runs out.
 */
import type { DispatchReport } from '../core'
import type { Runtime } from '../runtime/runtime'
import { NOT_RETRYABLE_CODES } from '../ports/notifier.port'

export const MAX_ATTEMPTS = 6
const BASE_DELAY_MS = 60_000
const LEASE_MS = 5 * 60_000

export type { DispatchReport }

export function backoffMs(attempt: number): number {
  return BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1)
}

export async function dispatchOutbox(rt: Runtime, limit = 50): Promise<DispatchReport> {
  const report: DispatchReport = { sent: 0, refused: 0, retrying: 0, failed: 0 }
  const now = rt.clock.now()
  const due = await rt.store.outbox.due(now.toISOString(), limit)
  for (const msg of due) {
    const leaseUntil = new Date(now.getTime() + LEASE_MS).toISOString()
    if (!(await rt.store.outbox.claim(msg.id, msg.nextAttemptAt, leaseUntil))) continue
    const attempts = msg.attempts + 1
    const res = await rt.notifier.send({ openid: msg.openid, templateId: msg.templateId, page: msg.page, data: msg.data as Record<string, { value: string }> })
    if (res.ok) {
      await rt.store.outbox.update(msg.id, { status: 'sent', attempts, sentAt: rt.clock.now().toISOString(), lastError: null })
      report.sent++
      continue
    }
    const lastError = `${res.code}: ${res.message}`.slice(0, 300)
    const notRetryable = !res.retryable || (typeof res.code === 'number' && NOT_RETRYABLE_CODES.has(res.code))
    if (notRetryable) {
      // 43101: the user did not subscribe (or used up the one-time quota): recorded, not retried.
      await rt.store.outbox.update(msg.id, { status: 'refused', attempts, lastError })
      report.refused++
    } else if (attempts >= MAX_ATTEMPTS) {
      await rt.store.outbox.update(msg.id, { status: 'failed', attempts, lastError })
      report.failed++
    } else {
      await rt.store.outbox.update(msg.id, { status: 'pending', attempts, lastError, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)).toISOString() })
      report.retrying++
    }
  }
  return report
}
