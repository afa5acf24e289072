/** One outbox row: what the dispatcher sends (with retries) after the unit that queued it commits. */
import type { OwedMessage } from '../core'
import type { Ctx } from '../entry/action'
import type { OutboxMessage } from '../ports/records'

/** `aboutId` is the record the message concerns: a filing, or a report or case of the supervision side. */
export function outboxRow(ctx: Ctx, aboutId: string, msg: Pick<OwedMessage, 'openid' | 'templateId' | 'page' | 'data'>): OutboxMessage {
  const at = ctx.now.toISOString()
  return {
    id: ctx.rt.ids.newId(),
    filingId: aboutId,
    openid: msg.openid,
    templateId: msg.templateId,
    page: msg.page,
    data: msg.data,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: at,
    lastError: null,
    createdAt: at,
    sentAt: null
  }
}
