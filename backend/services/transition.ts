/**
 * One filing state change as one unit of work: re-read the filing, check its version, ask
 * core's state machine, write the new version, its audit entry and the owner's notification
 * requests (outbox) together. An idempotency key makes a retried request replay its result.
 */
import {
  buildStatusMessage,
  formatFilingNumber,
  localDate,
  transition,
  type ActorRole,
  type FilingOutcome,
  type TransitionEvent,
  type TransitionPayload,
  type WorkflowAction
} from '../core'
import type { Ctx } from '../entry/action'
import { AppError, errors } from '../errors'
import type { FilingRecord, JsonObject } from '../ports/records'
import type { UnitOfWork } from '../ports/store.port'
import { nextVersion } from './filings'
import { outboxRow } from './outbox'
import { linkLeadsToFiling } from './supervision/leads'

export interface TransitionPlan {
  id: string
  version: number
  action: WorkflowAction
  /** Role of the caller *for this filing* (owner/other for applicants). */
  roleFor: (rec: FilingRecord) => ActorRole
  payload?: TransitionPayload
  /** Record changes beyond the status (content, reasons, snapshots). */
  patch?: (rec: FilingRecord, event: TransitionEvent) => Partial<FilingRecord>
  auditDetail?: JsonObject
  idempotencyKey?: string
}

/** What every state change answers (core's FilingOutcome contract). */
export type TransitionOutcome = FilingOutcome

const toOutcome = (rec: FilingRecord, replayed = false): TransitionOutcome => ({
  id: rec.id,
  status: rec.status,
  version: rec.version,
  filingNumber: rec.filingNumber,
  replayed
})

const DECISIONS: readonly WorkflowAction[] = ['approve', 'return', 'reject']

export function filingNumberCounter(year: string): string {
  return `filing-number-${year}`
}

export async function runTransition(ctx: Ctx, plan: TransitionPlan): Promise<TransitionOutcome> {
  const outcome = await writeTransition(ctx, plan)
  if (!outcome.replayed && plan.action !== 'delete') await followFiling(ctx, outcome.id, plan.action)
  return outcome
}

/**
 * Supervision follows the filing once its change has committed: leads for its accounts link to it
 * (filed → the lead closes and its reports are answered). A failure here must not undo or fail the
 * applicant's committed act; it is logged for operators.
 */
async function followFiling(ctx: Ctx, filingId: string, action: WorkflowAction): Promise<void> {
  try {
    const rec = await ctx.rt.store.filings.get(filingId)
    if (rec) await linkLeadsToFiling(ctx, rec, action)
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', at: 'followFiling', filingId, action, error: err instanceof Error ? err.message : String(err) }))
  }
}

async function writeTransition(ctx: Ctx, plan: TransitionPlan): Promise<TransitionOutcome> {
  const { rt } = ctx
  return rt.store.runUnit(async (tx) => {
    if (plan.idempotencyKey) {
      const hit = await tx.idempotency.get(plan.idempotencyKey)
      if (hit) return { ...(hit.result as unknown as TransitionOutcome), replayed: true }
    }
    const cur = await tx.filings.get(plan.id)
    if (!cur) throw errors.notFound()
    const role = plan.roleFor(cur)
    if (role === 'other') throw errors.forbidden('这不是您提交的备案，无法操作')
    if (cur.version !== plan.version) throw errors.conflict()

    const payload: TransitionPayload = { ...plan.payload }
    const firstApproval = plan.action === 'approve' && cur.filingNumber === null
    const preview = transition({ status: cur.status, hasApprovedVersion: cur.approved !== null }, plan.action, { role, openid: ctx.caller.openid }, ctx.now, {
      ...payload,
      filingNumber: firstApproval ? 'pending' : payload.filingNumber
    })
    if (!preview.ok) throw mapTransitionError(preview.code, preview.message)
    // Only now take a number: the counter moves in this same unit, so a failed write rolls it back.
    if (firstApproval) {
      const year = localDate(ctx.now, rt.config.timezone).slice(0, 4)
      const seq = await tx.counters.next(filingNumberCounter(year))
      payload.filingNumber = formatFilingNumber(rt.config, Number(year), seq)
    }
    const result = transition({ status: cur.status, hasApprovedVersion: cur.approved !== null }, plan.action, { role, openid: ctx.caller.openid }, ctx.now, payload)
    if (!result.ok) throw mapTransitionError(result.code, result.message)
    const event = result.event

    const patch = plan.patch?.(cur, event) ?? {}
    const next = nextVersion(ctx, cur, { ...patch, status: result.status, ...(firstApproval ? { filingNumber: payload.filingNumber ?? null } : {}) })
    const written = plan.action === 'delete' ? await tx.filings.deleteIfVersion(cur.id, cur.version) : await tx.filings.replaceIfVersion(next, cur.version)
    if (!written) throw errors.conflict()

    await tx.audit.insert({
      id: rt.ids.newId(),
      at: event.at,
      actorOpenid: ctx.caller.openid,
      actorRole: role,
      action: plan.action,
      filingId: cur.id,
      // A decision records the review due date in force, so time-limit compliance can be measured later.
      detail: { from: event.from, to: event.to, ...eventDetail(event), ...(DECISIONS.includes(plan.action) && cur.reviewDueDate ? { reviewDueDate: cur.reviewDueDate } : {}), ...plan.auditDetail }
    })
    if (plan.action !== 'delete') await queueNotifications(ctx, tx, next, event)
    const outcome = toOutcome(next)
    if (plan.idempotencyKey) {
      await tx.idempotency.put({ key: plan.idempotencyKey, filingId: cur.id, result: outcome as unknown as JsonObject, at: event.at })
    }
    return outcome
  })
}

function eventDetail(e: TransitionEvent): JsonObject {
  const d: JsonObject = {}
  if (e.reason) d.note = e.reason
  if (e.reasons) d.reasons = e.reasons.map((r) => ({ field: r.field, reason: r.reason }))
  if (e.filingNumber) d.filingNumber = e.filingNumber
  return d
}

function mapTransitionError(code: 'forbidden' | 'invalid_state' | 'invalid_payload', message: string): AppError {
  if (code === 'forbidden') return errors.forbidden(message)
  if (code === 'invalid_state') return errors.invalidState(message)
  return errors.invalid(message)
}

/** One message per template the owner accepted for this filing and this deployment uses. */
async function queueNotifications(ctx: Ctx, tx: UnitOfWork, rec: FilingRecord, event: TransitionEvent): Promise<void> {
  const templateId = ctx.rt.settings.templateIds.statusChanged
  if (!templateId || !rec.subscribed.includes(templateId)) return
  const msg = buildStatusMessage(event, { id: rec.id, accountNames: rec.index.accountNames, filingNumber: rec.filingNumber ?? undefined }, ctx.rt.config, templateId)
  await tx.outbox.insert(outboxRow(ctx, rec.id, rec.ownerOpenid, msg))
}
