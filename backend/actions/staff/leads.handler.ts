/**
 * Leads (线索): list, one lead, a sweep's single account, an imported list, 督促 with a deadline
 * in working days, and dismissal. Every change is one unit with its audit entry.
 */
import { REPORT_STATUS_LABELS, checkDeadline, deadlineIn, leadCreateContract, leadDismissContract, leadGetContract, leadImportContract, leadStep, leadsContract, leadUrgeContract, type LeadAction, type LeadItem } from '../../core'
import { defineAction, STAFF, type Ctx } from '../../entry/action'
import { AppError, errors } from '../../errors'
import type { LeadRecord } from '../../ports/records'
import { createLeads } from '../../services/supervision/leads'
import { assertSameVersion, auditEntry, loadLead, staffActor } from '../../services/supervision/support'
import { leadItem } from '../../services/supervision/views'

export const leads = defineAction({
  contract: leadsContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { store, config } = ctx.rt
    const rows = await store.leads.list({ statuses: input.status ? [input.status] : undefined, town: input.town, platform: input.platform, text: input.q }, input.limit)
    return { items: rows.map((l) => leadItem(l, ctx.now, config)), counts: await store.leads.countByStatus() }
  }
})

export const leadGet = defineAction({
  contract: leadGetContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { store, config } = ctx.rt
    const lead = await loadLead(ctx, input.id)
    const [history, linked] = await Promise.all([store.audit.listByRef(lead.id), store.reports.list({ leadId: lead.id }, 100)])
    return {
      lead: leadItem(lead, ctx.now, config),
      history: history.map((h) => ({ at: h.at, action: h.action, actorRole: h.actorRole, detail: h.detail })),
      reports: linked.map((r) => ({ id: r.id, receiptNumber: r.receiptNumber, statusLabel: REPORT_STATUS_LABELS[r.status] })),
      suggestedDeadline: deadlineIn(config.supervision.urgeWorkingDays, ctx.now, config)
    }
  }
})

export const leadCreate = defineAction({
  contract: leadCreateContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const [outcome] = await createLeads(ctx, [input], { source: 'sweep', ref: `巡查 ${ctx.caller.staffName ?? ''}`.trim() })
    if (outcome.status === 'invalid') throw errors.invalid(outcome.message)
    return { outcome }
  }
})

export const leadImport = defineAction({
  contract: leadImportContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const outcomes = await createLeads(ctx, input.rows, { source: 'list', ref: input.listName })
    const count = (s: string) => outcomes.filter((o) => o.status === s).length
    return { outcomes, created: count('created'), merged: count('merged'), filed: count('filed'), invalid: count('invalid') }
  }
})

async function changeLead(ctx: Ctx, id: string, version: number, action: LeadAction, patch: (cur: LeadRecord) => Partial<LeadRecord>, detail: Record<string, string>): Promise<{ lead: LeadItem }> {
  const actor = staffActor(ctx)
  const next = await ctx.rt.store.runUnit(async (tx) => {
    const cur = await tx.leads.get(id)
    if (!cur) throw errors.notFound('找不到该线索，请返回列表刷新')
    assertSameVersion(cur, version)
    const step = leadStep({ status: cur.status, urged: cur.urges.length > 0, caseId: cur.caseId }, action, actor)
    if (!step.ok) throw new AppError(step.code === 'forbidden' ? 'forbidden' : 'invalid_state', step.message)
    const rec: LeadRecord = { ...cur, ...patch(cur), status: step.to, version: cur.version + 1, updatedAt: ctx.now.toISOString() }
    if (!(await tx.leads.replaceIfVersion(rec, cur.version))) throw errors.conflict()
    await tx.audit.insert(auditEntry(ctx, `lead-${action}`, id, { from: cur.status, to: step.to, ...detail }))
    return rec
  })
  return { lead: leadItem(next, ctx.now, ctx.rt.config) }
}

export const leadUrge = defineAction({
  contract: leadUrgeContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    await loadLead(ctx, input.id)
    const bad = checkDeadline(input.deadline, ctx.now, ctx.rt.config, '备案截止日期')
    if (bad) throw errors.invalid(bad.message, bad.fields)
    const at = ctx.now.toISOString()
    return changeLead(
      ctx,
      input.id,
      input.version,
      'urge',
      (cur) => ({ deadline: input.deadline, urges: [...cur.urges, { at, by: ctx.caller.openid ?? '', byName: ctx.caller.staffName ?? '工作人员', deadline: input.deadline, channel: input.channel, note: input.note }] }),
      { deadline: input.deadline, channel: input.channel }
    )
  }
})

export const leadDismiss = defineAction({
  contract: leadDismissContract,
  allow: STAFF,
  handler: async (input, ctx) =>
    changeLead(ctx, input.id, input.version, 'dismiss', () => ({ closedAt: ctx.now.toISOString(), closeReason: input.reason }), { reason: input.reason })
})
