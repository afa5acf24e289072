/**
 * One filing command as one unit of work: load the filing, ask core's lifecycle aggregate
 * what the command does, take the filing-number counter when it asks, and write the next
 * record, its audit entry, its outbox row, the owner's consent credits, the account claims and
 * the idempotency record together. Every operation inside is single-document by id, which is
 * what a CloudBase transaction allows; nothing about the filing's life is decided here.
 */
import {
  planFiling,
  promptTemplateIds,
  type Effects,
  type FilingActor,
  type FilingCommand,
  type FilingEvent,
  type FilingOutcome,
  type Refusal
} from '../core'
import type { Ctx } from '../entry/action'
import { AppError, errors } from '../errors'
import type { FilingRecord, JsonObject } from '../ports/records'
import type { UnitOfWork } from '../ports/store.port'
import { duplicateError } from './duplicates'
import { claimId, creditId } from './ledger-ids'
import { staffIdentity } from './staff-identity'

/** What every state change answers (core's FilingOutcome contract). */
export type TransitionOutcome = FilingOutcome

export interface TransitionRequest {
  id: string
  version: number
  command: FilingCommand
  /** Caller-scoped key of a client request id: a retried request replays its first result. */
  idempotencyKey?: string
  /** Extra audit detail (e.g. a purge's file count). */
  auditDetail?: JsonObject
}

const toOutcome = (rec: { id: string; status: FilingRecord['status']; version: number; filingNumber: string | null }, replayed = false): TransitionOutcome => ({
  id: rec.id,
  status: rec.status,
  version: rec.version,
  filingNumber: rec.filingNumber,
  replayed
})

/** Who the caller is to the aggregate, with the identity separation of duties compares. */
export async function actorOf(ctx: Ctx): Promise<FilingActor> {
  const { role, openid } = ctx.caller
  if (role === 'reviewer' || role === 'admin') return { kind: role, ...(await staffIdentity(ctx)) }
  return { kind: role, openid }
}

export function refusalError(r: Refusal): AppError {
  if (r.code === 'forbidden' || r.code === 'recused') return errors.forbidden(r.message)
  if (r.code === 'invalid_payload') return errors.invalid(r.message)
  return errors.invalidState(r.message)
}

/** The owner's credits for every template this deployment uses, read inside the unit. */
async function loadCredits(ctx: Ctx, tx: UnitOfWork, openid: string): Promise<Record<string, number>> {
  const credits: Record<string, number> = {}
  for (const templateId of promptTemplateIds(ctx.rt.settings.subscribe)) {
    const c = await tx.credits.get(creditId(ctx.rt.crypto, openid, templateId))
    credits[templateId] = c?.count ?? 0
  }
  return credits
}

export async function runTransition(ctx: Ctx, req: TransitionRequest): Promise<TransitionOutcome> {
  const { rt } = ctx
  const actor = await actorOf(ctx)
  const recusals: Refusal[] = []
  try {
    return await rt.store.runUnit(async (tx) => {
      recusals.length = 0
      if (req.idempotencyKey) {
        const hit = await tx.idempotency.get(req.idempotencyKey)
        if (hit && hit.filingId === req.id) return { ...(hit.result as unknown as TransitionOutcome), replayed: true }
        if (hit) throw errors.invalid('请求编号已用于另一份备案，请刷新后重试')
      }
      const cur = await tx.filings.get(req.id)
      if (!cur) throw errors.notFound()
      if (cur.version !== req.version) throw errors.conflict()
      const credits = await loadCredits(ctx, tx, cur.ownerOpenid)
      const plan = planFiling(cur, req.command, actor, { now: ctx.now, config: rt.config, subscribe: rt.settings.subscribe, credits })
      if (!plan.ok) {
        if (plan.code === 'recused') recusals.push(plan)
        throw refusalError(plan)
      }
      // The counter moves in this same unit: a failed write rolls the number back (gap-free).
      const seq = plan.numberRequest ? await tx.counters.next(plan.numberRequest.counter) : null
      const fx = plan.complete(seq)
      await writeEffects(ctx, tx, cur, fx, req.auditDetail)
      const outcome = fx.next ? toOutcome(fx.next) : { ...toOutcome(cur), version: cur.version + 1 }
      if (req.idempotencyKey) await tx.idempotency.put({ key: req.idempotencyKey, filingId: cur.id, result: outcome as unknown as JsonObject, at: fx.event.at })
      return outcome
    })
  } catch (err) {
    // A refused conflict of interest is audited: who tried to handle whose filing.
    if (recusals.length) await auditRecusal(ctx, req.id, req.command.type, recusals[0])
    throw err
  }
}

export async function auditRecusal(ctx: Ctx, filingId: string, attempted: string, r: Refusal): Promise<void> {
  await ctx.rt.store.audit.insert({
    id: ctx.rt.ids.newId(),
    at: ctx.now.toISOString(),
    actorOpenid: ctx.caller.openid,
    actorRole: ctx.caller.role,
    action: 'recusal-refused',
    filingId,
    detail: { attempted, reason: r.recusal ?? 'owner' }
  })
}

async function writeEffects(ctx: Ctx, tx: UnitOfWork, cur: FilingRecord, fx: Effects, auditDetail?: JsonObject): Promise<void> {
  const { rt } = ctx
  const at = fx.event.at
  await takeClaims(ctx, tx, cur, fx)
  const written = fx.next ? await tx.filings.replaceIfVersion(fx.next, cur.version) : await tx.filings.deleteIfVersion(cur.id, cur.version)
  if (!written) throw errors.conflict()
  await tx.audit.insert({
    id: rt.ids.newId(),
    at,
    actorOpenid: fx.event.actorOpenid,
    actorRole: fx.event.actorRole,
    action: fx.event.action,
    filingId: cur.id,
    detail: { from: fx.event.from, to: fx.event.to, ...eventDetail(fx.event), ...notified(fx), ...auditDetail }
  })
  for (const templateId of fx.credits.grant) await addCredit(ctx, tx, cur.ownerOpenid, templateId, 1, at)
  if (fx.credits.spend) await addCredit(ctx, tx, cur.ownerOpenid, fx.credits.spend, -1, at)
  if (fx.message) {
    const m = fx.message
    await tx.outbox.insert({
      id: rt.ids.newId(),
      filingId: cur.id,
      openid: m.openid,
      templateId: m.templateId,
      page: m.page,
      data: m.data,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at,
      lastError: null,
      createdAt: at,
      sentAt: null
    })
  }
}

/**
 * Holds every key the next record must hold (a key held by another filing refuses the whole
 * unit as a duplicate) and lets go of the keys it no longer needs. Claim documents are read and
 * written by id inside the unit, so two filings racing for one account meet on one document.
 */
async function takeClaims(ctx: Ctx, tx: UnitOfWork, cur: FilingRecord, fx: Effects): Promise<void> {
  const { crypto } = ctx.rt
  for (const key of fx.claims.hold) {
    const id = claimId(crypto, key)
    const claim = await tx.claims.get(id)
    if (claim && claim.filingId !== cur.id) {
      const holder = await tx.filings.get(claim.filingId)
      // A claim left behind by a filing that no longer holds the key (e.g. lost in a crash) is stale.
      if (holder && holder.claimKeys?.includes(key)) throw duplicateError(ctx, fx.next ?? cur, key, holder)
    }
    if (!claim || claim.filingId !== cur.id) await tx.claims.put({ id, key, filingId: cur.id, at: fx.event.at })
  }
  for (const key of fx.claims.release) {
    const id = claimId(crypto, key)
    const claim = await tx.claims.get(id)
    if (claim && claim.filingId === cur.id) await tx.claims.remove(id)
  }
}

async function addCredit(ctx: Ctx, tx: UnitOfWork, openid: string, templateId: string, delta: number, at: string): Promise<void> {
  const id = creditId(ctx.rt.crypto, openid, templateId)
  const cur = await tx.credits.get(id)
  await tx.credits.put({ id, openid, templateId, count: Math.max(0, (cur?.count ?? 0) + delta), updatedAt: at })
}

function eventDetail(e: FilingEvent): JsonObject {
  const d: JsonObject = {}
  if (e.reason) d.note = e.reason
  if (e.note) d.note = e.note
  if (e.reasons) d.reasons = e.reasons.map((r) => ({ field: r.field, reason: r.reason }))
  if (e.filingNumber) d.filingNumber = e.filingNumber
  if (e.fixBy) d.fixBy = e.fixBy
  return d
}

/** Whether the owner was told by message (the staff screen shows 未订阅 otherwise). */
function notified(fx: Effects): JsonObject {
  if (fx.message) return { notified: fx.message.templateKind }
  return fx.unsent ? { notified: false, unsent: fx.unsent } : {}
}
