/**
 * Per-caller rate limits (core RATE_LIMITS), counted in one document per (scope, caller,
 * window) inside a unit of work: the check and the increment are one atomic step in both
 * stores, so concurrent calls cannot slip past the limit.
 */
import { rateLimitMessage, rateWindow, withinLimit, type RateScope } from '../core'
import type { Ctx } from '../entry/action'
import { errors } from '../errors'
import type { UnitOfWork } from '../ports/store.port'
import { rateCounterId } from './ledger-ids'

/** Anonymous callers (only possible over HTTP, never from the mini-program) share one bucket. */
export function callerKey(ctx: Ctx): string {
  return ctx.caller.openid ?? 'anonymous'
}

/** Counts one call inside `tx`; throws (rolling the unit back) when the window is full. */
export async function countCall(ctx: Ctx, tx: UnitOfWork, scope: RateScope, extra = ''): Promise<void> {
  const { window, expiresAt } = rateWindow(scope, ctx.now, ctx.rt.config.timezone)
  const id = rateCounterId(ctx.rt.crypto, scope, callerKey(ctx), window)
  const cur = await tx.rateLimits.get(id)
  const count = cur?.count ?? 0
  if (!withinLimit(scope, count)) throw errors.rateLimited(`${rateLimitMessage(scope)}${extra}`)
  await tx.rateLimits.put({ id, scope, count: count + 1, expiresAt })
}

/** Counts one call in a unit of its own (for actions that write nothing else). */
export function consumeRate(ctx: Ctx, scope: RateScope, extra = ''): Promise<void> {
  return ctx.rt.store.runUnit((tx) => countCall(ctx, tx, scope, extra))
}
