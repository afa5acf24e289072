/**
 * Submit, resubmit and amend share one path: full validation with the server's commitment time
 * (core), document ownership, a duplicate pre-check that names every clashing account at once,
 * then the aggregate's transition (which holds the accounts race-proof inside the unit).
 */
import { accountKeysOf, duplicateNotice, LIVE_STATUSES, validateSubmission, type DraftContent, type FilingContent } from '../core'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import { checkDocuments } from './document-check'
import { fileIdsOf } from './snapshots'
import { clashOf } from './duplicates'
import { loadOwnFiling } from './filings'
import { idempotencyKey } from './ledger-ids'
import { sealVersion, unsealContent } from './sealing'
import { runTransition, type TransitionOutcome } from './transition'
import { recordCrossCheck } from './trust/cross-check'

export interface SubmissionInput {
  id: string
  version: number
  requestId: string
  subscribed: string[]
  content?: DraftContent
}

export async function submitContent(ctx: UserCtx, action: 'submit' | 'resubmit' | 'amend', input: SubmissionInput): Promise<TransitionOutcome> {
  const rec = await loadOwnFiling(ctx, input.id)
  const raw = input.content ?? unsealContent(rec.working, ctx.rt.crypto)
  const checked = validateSubmission(raw, ctx.rt.config, ctx.now)
  if (!checked.ok) {
    const count = Object.keys(checked.fieldErrors).length
    throw errors.invalid(`还有${count}处需要填写或修改，请按提示逐项完善后再提交`, checked.fieldErrors)
  }
  const content = checked.value as FilingContent & DraftContent
  // Files the filing already references passed this check when they entered it (staff's intake scans,
  // the operator's before a transfer, a removed co-manager's): they stay valid without being the caller's.
  await checkDocuments(ctx, content, rec, fileIdsOf(rec))
  const version = sealVersion(content, ctx.rt.crypto, ctx.rt.config)
  await precheckDuplicates(ctx, rec.id, content)
  const outcome = await runTransition(ctx, {
    id: rec.id,
    version: input.version,
    idempotencyKey: idempotencyKey(ctx.rt.crypto, action, ctx.caller.openid, rec.id, input.requestId),
    command: { type: action, ...version, subscribed: input.subscribed }
  })
  if (!outcome.replayed) await keepCrossCheck(ctx, outcome.id)
  return outcome
}

/**
 * The cross-check as of this submission goes with the filing. It is advice: if storing it
 * fails, the submission stands and the review screen computes the flags afresh.
 */
async function keepCrossCheck(ctx: UserCtx, id: string): Promise<void> {
  try {
    await recordCrossCheck(ctx, id)
  } catch (e) {
    console.error(JSON.stringify({ level: 'error', at: 'cross-check', filingId: id, error: e instanceof Error ? e.message : String(e) }))
  }
}

/** Every account already held by another live filing, named at once (the unit re-checks race-proof). */
export async function precheckDuplicates(ctx: UserCtx, ownId: string, content: DraftContent): Promise<void> {
  const keys = accountKeysOf(content)
  const holders = (await ctx.rt.store.filings.findByAccountKeys(keys, [...LIVE_STATUSES])).filter((f) => f.id !== ownId)
  const clashes = keys.flatMap((key) => {
    const holder = holders.find((h) => (h.claimKeys ?? []).includes(key))
    return holder ? [clashOf(ctx, key, holder)] : []
  })
  if (!clashes.length) return
  const { message, fields } = duplicateNotice(content, clashes, ctx.rt.config)
  throw errors.duplicate(message, fields)
}
