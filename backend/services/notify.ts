/**
 * Messages outside a filing transition (supervision: a report closed, a case notice or reminder)
 * under the same notification policy and consent credits as the filing lifecycle: core decides
 * which template carries the message and whether a credit pays for it; here the credits are read,
 * granted and spent and the outbox row written, all inside the caller's unit.
 */
import { creditsGranted, MESSAGE_POLICY, oweMessage, promptTemplateIds, type MessageRequest, type OweResult, type TemplateKind } from '../core'
import type { Ctx } from '../entry/action'
import type { UnitOfWork } from '../ports/store.port'
import { creditId } from './ledger-ids'
import { outboxRow } from './outbox'

/** A user's credits for the given templates (default: those a filing's messages use), read inside the unit. */
export async function loadCredits(ctx: Ctx, tx: UnitOfWork, openid: string, templateIds: readonly string[] = promptTemplateIds(ctx.rt.settings.subscribe)): Promise<Record<string, number>> {
  const credits: Record<string, number> = {}
  for (const templateId of templateIds) {
    const c = await tx.credits.get(creditId(ctx.rt.crypto, openid, templateId))
    credits[templateId] = c?.count ?? 0
  }
  return credits
}

/** Adds `delta` (+1 granted, -1 spent) to a user's credits for one template, never below zero. */
export async function addCredit(ctx: Ctx, tx: UnitOfWork, openid: string, templateId: string, delta: number, at: string): Promise<void> {
  const id = creditId(ctx.rt.crypto, openid, templateId)
  const cur = await tx.credits.get(id)
  await tx.credits.put({ id, openid, templateId, count: Math.max(0, (cur?.count ?? 0) + delta), updatedAt: at })
}

/** One credit per accepted template this deployment sends with (a prompt's `subscribed` list). */
export async function grantCredits(ctx: Ctx, tx: UnitOfWork, openid: string, subscribed: readonly string[]): Promise<void> {
  for (const templateId of creditsGranted(subscribed, ctx.rt.settings.subscribe)) await addCredit(ctx, tx, openid, templateId, 1, ctx.now.toISOString())
}

/**
 * Queues `request` when the policy allows it and a credit pays for it, spending that credit.
 * Answers why not otherwise (for the audit entry and the staff screen).
 */
export async function queueOwed(ctx: Ctx, tx: UnitOfWork, aboutId: string, request: MessageRequest): Promise<OweResult['unsent']> {
  const { subscribe } = ctx.rt.settings
  const ids = (MESSAGE_POLICY[request.kind] as readonly TemplateKind[]).map((k) => subscribe.templates[k]?.id).filter((id): id is string => !!id)
  const credits = await loadCredits(ctx, tx, request.openid, ids)
  const owed = oweMessage(request, subscribe, credits, ctx.rt.config.timezone)
  if (!owed.message) return owed.unsent
  if (owed.spend) await addCredit(ctx, tx, request.openid, owed.spend, -1, ctx.now.toISOString())
  await tx.outbox.insert(outboxRow(ctx, aboutId, owed.message))
  return null
}
