/**
 * Case files (案件) for staff: the list, opening one for a filing or a lead, the whole file
 * (attachments through 10-minute links, audited), and one typed step at a time.
 */
import { CASE_STAGES, FILE_LINK_SECONDS, caseGetContract, caseOpenContract, casesContract, caseStepContract, deadlineIn } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import { errors } from '../../errors'
import { requireUser } from '../../services/filings'
import { openCase, runCaseStep } from '../../services/supervision/cases'
import { auditEntry, loadCase, staffActor } from '../../services/supervision/support'
import { caseDetail, caseItem } from '../../services/supervision/views'
import type { CaseRecord } from '../../ports/records'
import type { Ctx } from '../../entry/action'

export const cases = defineAction({
  contract: casesContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const stages = input.stage ? [input.stage] : input.open ? CASE_STAGES.filter((s) => s !== 'closed') : undefined
    const rows = await ctx.rt.store.cases.list({ stages, filingId: input.filingId }, input.limit)
    return { items: rows.map((c) => caseItem(c, ctx.now, ctx.rt.config)) }
  }
})

async function detail(ctx: Ctx, c: CaseRecord) {
  const ids = c.steps.flatMap((s) => s.attachments)
  const links = ids.length ? await ctx.rt.files.signedUrls(ids, FILE_LINK_SECONDS) : {}
  return caseDetail(c, staffActor(ctx), links, ctx.now, ctx.rt.config)
}

export const caseOpen = defineAction({
  contract: caseOpenContract,
  allow: STAFF,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const c = await openCase(ctx, input)
    return { case: await detail(ctx, c) }
  }
})

export const caseGet = defineAction({
  contract: caseGetContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { store, config } = ctx.rt
    const c = await loadCase(ctx, input.id)
    const [history, view] = await Promise.all([store.audit.listByRef(c.id), detail(ctx, c)])
    if (Object.keys(view.attachmentLinks).length) await store.audit.insert(auditEntry(ctx, 'case-attachments-viewed', c.id, { files: Object.keys(view.attachmentLinks).length }, c.subject.filingId))
    return {
      case: view,
      history: history.map((h) => ({ at: h.at, action: h.action, actorRole: h.actorRole, detail: h.detail })),
      suggested: { urge: deadlineIn(config.supervision.urgeWorkingDays, ctx.now, config), order: deadlineIn(config.supervision.rectifyWorkingDays, ctx.now, config) }
    }
  }
})

export const caseStep = defineAction({
  contract: caseStepContract,
  allow: STAFF,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    if (input.step.type === 'evidence') throw errors.forbidden('整改材料由运营者在“我的备案”中提交')
    const c = await runCaseStep(ctx, { id: input.id, version: input.version, step: input.step }, staffActor(ctx))
    return { case: await detail(ctx, c) }
  }
})
