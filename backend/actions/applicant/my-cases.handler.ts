/**
 * The operator's side of supervision, in 我的备案: their cases, one case (orders, deadlines and
 * the generated notices, never the minutes), and submitting evidence of rectification.
 */
import { defineAction, SIGNED_IN, type UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { CaseRecord } from '../../ports/records'
import { requireUser } from '../../services/filings'
import { runCaseStep } from '../../services/supervision/cases'
import { loadCase } from '../../services/supervision/support'
import { operatorCaseView } from '../../services/supervision/views'
import { FILE_LINK_SECONDS, caseEvidenceContract, myCaseContract, myCasesContract } from '../../core'

async function view(ctx: UserCtx, c: CaseRecord) {
  const own = c.steps.filter((s) => s.type === 'evidence').flatMap((s) => s.attachments)
  const links = own.length ? await ctx.rt.files.signedUrls(own, FILE_LINK_SECONDS) : {}
  return operatorCaseView(c, links, ctx.now, ctx.rt.config)
}

async function loadMine(ctx: UserCtx, id: string): Promise<CaseRecord> {
  const c = await loadCase(ctx, id)
  if (c.operatorOpenid !== ctx.caller.openid) throw errors.forbidden('这不是您的账号的案件，无法查看')
  return c
}

export const myCases = defineAction({
  contract: myCasesContract,
  allow: SIGNED_IN,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    const rows = await ctx.rt.store.cases.listByOperator(ctx.caller.openid, 50)
    // A case the operator has not been told anything about yet (just opened) stays internal.
    const told = rows.filter((c) => c.steps.some((s) => s.type !== 'publicize'))
    return {
      items: told.map((c) => {
        const v = operatorCaseView(c, {}, ctx.now, ctx.rt.config)
        return { id: v.id, caseNumber: v.caseNumber, stage: v.stage, stageLabel: v.stageLabel, platformName: v.platformName, accountName: v.accountName, deadline: v.deadline, overdue: v.overdue, canSubmitEvidence: v.canSubmitEvidence }
      })
    }
  }
})

export const myCase = defineAction({
  contract: myCaseContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    return { case: await view(ctx, await loadMine(ctx, input.id)) }
  }
})

export const caseEvidence = defineAction({
  contract: caseEvidenceContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    await loadMine(ctx, input.id)
    const c = await runCaseStep(ctx, { id: input.id, version: input.version, step: { type: 'evidence', files: input.files, note: input.note }, subscribed: input.subscribed }, 'operator')
    return { case: await view(ctx, c) }
  }
})
