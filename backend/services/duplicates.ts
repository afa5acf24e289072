/** The duplicate refusal, worded by core, for the clashes found by a claim or a pre-check. */
import { contentOf, duplicateNotice, isManager, standingOf, type Clash } from '../core'
import type { Ctx } from '../entry/action'
import { AppError, errors } from '../errors'
import type { FilingRecord } from '../ports/records'

export function clashOf(ctx: Ctx, key: string, holder: FilingRecord): Clash {
  return { key, holder: { ...standingOf(holder), sameOwner: isManager(holder, ctx.caller.openid) } }
}

export function duplicateError(ctx: Ctx, rec: Pick<FilingRecord, 'working'>, key: string, holder: FilingRecord): AppError {
  const { message, fields } = duplicateNotice(contentOf(rec.working), [clashOf(ctx, key, holder)], ctx.rt.config)
  return errors.duplicate(message, fields)
}
