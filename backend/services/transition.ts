/**
 * One filing command as one unit of work: load the filing, ask core's lifecycle aggregate
 * what the command does, take the filing-number counter when it asks, and write the next
 * record, its audit entry, its outbox row, the owner's consent credits, the account claims and
 * the idempotency record together. Every operation inside is single-document by id, which is
 * what a CloudBase transaction allows; nothing about the filing's life is decided here.
 */
import {
  planFiling,
  type Effects,
  type FilingActor,
  type FilingCommand,
  type FilingEvent,
  type FilingOutcome,
  type LeadFollowUp,
  type Refusal
} from '../core'
import type { Ctx } from '../entry/action'
import { AppError, errors } from '../errors'
import type { FilingRecord, JsonObject } from '../ports/records'
import type { UnitOfWork } from '../ports/store.port'
import { duplicateError } from './duplicates'
import { outboxRow } from './outbox'
import { auditRecusal } from './recusal'
import { claimId } from './ledger-ids'
import { addCredit, loadCredits } from './notify'
import { staffIdentity } from './staff-identity'
import { linkLeadsToFiling } from './supervision/leads'

const DECISIONS = new Set<string>(['approve', 'return', 'reject'])

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

export async function runTransition(ctx: Ctx, req: TransitionRequest): Promise<TransitionOutcome> {
  const { rt } = ctx
  const actor = await actorOf(ctx)
  const recusals: Refusal[] = []
  // Set inside the unit (a retried unit sets it again); read once the unit has committed.
  const follow: { leads: LeadFollowUp | null } = { leads: null }
  try {
    const outcome = await rt.store.runUnit(async (tx) => {
      recusals.length = 0
      follow.leads = null
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
      follow.leads = fx.leads
      const outcome = fx.next ? toOutcome(fx.next) : { ...toOutcome(cur), version: cur.version + 1 }
      if (req.idempotencyKey) await tx.idempotency.put({ key: req.idempotencyKey, filingId: cur.id, result: outcome as unknown as JsonObject, at: fx.event.at })
      return outcome
    })
    if (follow.leads) await followLeads(ctx, follow.leads)
    return outcome
  } catch (err) {
    // A refused conflict of interest is audited: who tried to handle whose filing.
    if (recusals.length) await auditRecusal(ctx, req.id, req.command.type, recusals[0])
    throw err
  }
}

/**
 * The transition's effect on leads, once its unit has committed: leads are found by their name key,
 * a query, which a CloudBase transaction cannot hold. A failure here must not fail the committed
 * filing act; it is logged for operators (the lead can still be linked by staff).
 */
async function followLeads(ctx: Ctx, follow: LeadFollowUp): Promise<void> {
  try {
    await linkLeadsToFiling(ctx, follow)
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', at: 'followLeads', filingId: follow.filingId, act: follow.act, error: err instanceof Error ? err.message : String(err) }))
  }
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
    // A decision records the review due date in force: the dashboard measures time-limit compliance by it.
    detail: { from: fx.event.from, to: fx.event.to, ...eventDetail(fx.event), ...notified(fx), ...(DECISIONS.has(fx.event.action) && cur.reviewDueDate ? { reviewDueDate: cur.reviewDueDate } : {}), ...auditDetail }
  })
  for (const templateId of fx.credits.grant) await addCredit(ctx, tx, cur.ownerOpenid, templateId, 1, at)
  if (fx.credits.spend) await addCredit(ctx, tx, cur.ownerOpenid, fx.credits.spend, -1, at)
  if (fx.message) await tx.outbox.insert(outboxRow(ctx, cur.id, fx.message))
}

/**
 * Holds every key the next record must hold (a key held by another filing refuses the whole
 * unit as a duplicate) and lets go of the keys it no longer needs. Claim documents are read and
 * written by id inside the unit, so two filings racing for one account meet on one document.
 */
async function takeClaims(ctx: Ctx, tx: UnitOfWork, cur: FilingRecord, fx: Effects): Promise<void> {
  const { crypto } = ctx.rt
  await holdClaims(ctx, tx, fx.next ?? cur, fx.claims.hold, fx.event.at)
  for (const key of fx.claims.release) {
    const id = claimId(crypto, key)
    const claim = await tx.claims.get(id)
    if (claim && claim.filingId === cur.id) await tx.claims.remove(id)
  }
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

/**
 * Holds `keys` for `filing` inside the unit: a key another live filing holds refuses the whole
 * unit as a duplicate. Also used where a filing enters the register without a transition
 * (staff entry, legacy import).
 */
export async function holdClaims(ctx: Ctx, tx: UnitOfWork, filing: FilingRecord, keys: readonly string[], at: string): Promise<void> {
  for (const key of keys) {
    const id = claimId(ctx.rt.crypto, key)
    const claim = await tx.claims.get(id)
    if (claim && claim.filingId !== filing.id) {
      const holder = await tx.filings.get(claim.filingId)
      // A claim left behind by a filing that no longer holds the key (e.g. lost in a crash) is stale.
      if (holder && holder.claimKeys?.includes(key)) throw duplicateError(ctx, filing, key, holder)
    }
    if (!claim || claim.filingId !== filing.id) await tx.claims.put({ id, key, filingId: filing.id, at })
  }
}
