/** One outbox row: what the dispatcher sends (with retries) after the unit that queued it commits. */
import type { SubscribeMessage } from '../core'
import type { Ctx } from '../entry/action'
import type { OutboxMessage } from '../ports/records'

/** `aboutId` is the record the message concerns: a filing, a report or a case. */
export function outboxRow(ctx: Ctx, aboutId: string, openid: string, msg: SubscribeMessage): OutboxMessage {
  const at = ctx.now.toISOString()
  return {
    id: ctx.rt.ids.newId(),
    filingId: aboutId,
    openid,
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
