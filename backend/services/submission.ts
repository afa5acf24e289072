/**
 * Submit, resubmit and amend share one path: full validation (core), document ownership,
 * duplicate detection against other filings, then a transition that stores the new content.
 */
import { accountKey, isFilingLate, reviewDueDate, validateFilingContent, type DraftContent, type FilingContent, type WorkflowAction } from '../core'
import type { UserCtx } from '../entry/action'
import { errors } from '../errors'
import type { FilingRecord, FilingStatusCode } from '../ports/records'
import { checkDocuments } from './document-check'
import { platformLabel, platformOf, accountNameOf } from './filing-index'
import { loadOwnFiling, ownerOrOther, withWorkingContent } from './filings'
import { unsealContent } from './sealing'
import { runTransition, type TransitionOutcome } from './transition'
import { recordCrossCheck } from './trust/cross-check'

/** Statuses in which a filing holds its accounts: filed, or on its way to being filed. */
export const CLAIMING: FilingStatusCode[] = ['submitted', 'returned', 'approved', 'amending']

export interface SubmissionInput {
  id: string
  version: number
  requestId: string
  subscribed: string[]
  content?: DraftContent
}

export async function submitContent(ctx: UserCtx, action: Extract<WorkflowAction, 'submit' | 'resubmit' | 'amend'>, input: SubmissionInput): Promise<TransitionOutcome> {
  const rec = await loadOwnFiling(ctx, input.id)
  const key = ctx.rt.crypto.hash(`${action}:${ctx.caller.openid}:${input.requestId}`)
  const raw = input.content ?? unsealContent(rec.working, ctx.rt.crypto)
  const checked = validateFilingContent(raw, ctx.rt.config, ctx.now)
  if (!checked.ok) {
    const count = Object.keys(checked.fieldErrors).length
    throw errors.invalid(`还有${count}处需要填写或修改，请按提示逐项完善后再提交`, checked.fieldErrors)
  }
  const content = checked.value as FilingContent & DraftContent
  await checkDocuments(ctx, content)
  await assertNoDuplicates(ctx, rec, content)
  const staged = withWorkingContent(ctx, rec, content)
  const at = ctx.now.toISOString()
  const outcome = await runTransition(ctx, {
    id: rec.id,
    version: input.version,
    action,
    idempotencyKey: key,
    roleFor: ownerOrOther(ctx),
    patch: (cur) => ({
      working: staged.working,
      index: staged.index,
      searchText: staged.searchText,
      subscribed: [...new Set([...cur.subscribed, ...input.subscribed])],
      submittedAt: at,
      // The act of filing is the first submission; its lateness against the due date is kept.
      firstSubmittedAt: cur.firstSubmittedAt ?? at,
      filedLate: cur.firstSubmittedAt ? (cur.filedLate ?? false) : isFilingLate(staged.index.dueDate, at, ctx.rt.config.timezone),
      reviewDueDate: reviewDueDate(at, ctx.rt.config),
      returnReasons: [],
      rejectReason: null
    })
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

async function assertNoDuplicates(ctx: UserCtx, rec: FilingRecord, content: FilingContent): Promise<void> {
  const keys = content.accounts.map((a) => accountKey(a))
  const others = (await ctx.rt.store.filings.findByAccountKeys(keys, CLAIMING)).filter((f) => f.id !== rec.id)
  if (!others.length) return
  const fields: Record<string, string> = {}
  let first = ''
  content.accounts.forEach((a, i) => {
    const key = accountKey(a)
    const holder = others.find((f) => f.index.accountKeys.includes(key))
    if (!holder) return
    const label = `${platformLabel(platformOf(a) ?? '', ctx.rt.config)}“${accountNameOf(a)}”`
    const state = holder.status === 'approved' ? '已经备案' : '正在审核中'
    const mine = holder.ownerOpenid === ctx.caller.openid ? '（在您的另一份备案中）' : ''
    fields[`accounts.${i}`] = `该账号${state}${mine}，无需重复备案`
    first ||= `${label}${state}${mine}，无需重复备案；如信息有变化请使用“变更备案”，如有疑问请联系${ctx.rt.config.office.shortName}`
  })
  throw errors.duplicate(first, fields)
}
