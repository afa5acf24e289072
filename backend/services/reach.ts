/** Whether the office's next message can still reach an applicant, and whom to phone if not. */
import { contentOf, DECISION_MESSAGES, promptTemplateIds, reach, type MessageKind } from '../core'
import type { Ctx } from '../entry/action'
import type { FilingRecord } from '../ports/records'
import { creditId } from './ledger-ids'

export interface Reach {
  /** Some decision message (approve / return / reject) can be delivered. */
  notifiable: boolean
  byKind: Record<MessageKind, boolean>
  /** Whom to phone instead: the operator's phone when someone else runs the accounts, else the subject's. */
  phone: string | null
}

export async function reachOf(ctx: Ctx, rec: FilingRecord): Promise<Reach> {
  const { settings, store, crypto } = ctx.rt
  const credits: Record<string, number> = {}
  for (const templateId of promptTemplateIds(settings.subscribe)) {
    credits[templateId] = (await store.credits.get(creditId(crypto, rec.ownerOpenid, templateId)))?.count ?? 0
  }
  const byKind = reach(DECISION_MESSAGES, settings.subscribe, credits)
  const c = contentOf(rec.working)
  const phone = (c.operator && c.operator.sameAsSubject === false ? c.operator.phone : undefined) ?? c.subject?.phone ?? null
  return { notifiable: DECISION_MESSAGES.some((k) => byKind[k]), byKind, phone }
}
