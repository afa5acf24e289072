/**
 * Triage of a report: assign it to a staff member, link it to a filing or a lead (a new lead is
 * created from the report when none exists), or close it with an outcome the reporter can read.
 * Each is one unit with its audit entry; closing also queues the reporter's message.
 */
import { reportAssignContract, reportCloseContract, reportLinkContract, reportStep, type ReportItem } from '../../core'
import { defineAction, STAFF, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { ReportRecord } from '../../ports/records'
import { requireUser } from '../../services/filings'
import { createLeads } from '../../services/supervision/leads'
import { closeReportIn } from '../../services/supervision/reports'
import { staffName } from '../../services/supervision/staff-directory'
import { assertSameVersion, auditEntry, loadLead, loadReport, staffActor } from '../../services/supervision/support'
import { reportItem } from '../../services/supervision/views'

async function update(ctx: Ctx, id: string, version: number, action: 'assign' | 'link', patch: Partial<ReportRecord>, detail: Record<string, string | null>): Promise<{ report: ReportItem }> {
  const step = await loadReport(ctx, id).then((r) => reportStep(r.status, action, staffActor(ctx)))
  if (!step.ok) throw step.code === 'forbidden' ? errors.forbidden(step.message) : errors.invalidState(step.message)
  const next = await ctx.rt.store.runUnit(async (tx) => {
    const cur = await tx.reports.get(id)
    if (!cur) throw errors.notFound('找不到该举报，请返回列表刷新')
    assertSameVersion(cur, version)
    const rec: ReportRecord = { ...cur, ...patch, version: cur.version + 1, status: step.to, updatedAt: ctx.now.toISOString() }
    if (!(await tx.reports.replaceIfVersion(rec, cur.version))) throw errors.conflict()
    await tx.audit.insert(auditEntry(ctx, `report-${action}`, id, { receiptNumber: cur.receiptNumber, ...detail }, rec.filingId))
    return rec
  })
  return { report: reportItem(next, ctx.rt.config) }
}

export const reportAssign = defineAction({
  contract: reportAssignContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const name = await staffName(ctx, input.assignee)
    if (!name) throw errors.invalid('指派对象不是网信办工作人员，请从名单中选择', { assignee: '请从工作人员名单中选择' })
    return update(ctx, input.id, input.version, 'assign', { assigneeOpenid: input.assignee, assigneeName: name }, { assignee: name })
  }
})

export const reportLink = defineAction({
  contract: reportLinkContract,
  allow: STAFF,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const t = input.target
    if (t.kind === 'filing') {
      const f = await ctx.rt.store.filings.get(t.filingId)
      if (!f || f.status === 'draft') throw errors.notFound('找不到该备案，请重新选择')
      return update(ctx, input.id, input.version, 'link', { filingId: f.id }, { filingId: f.id })
    }
    let leadId: string
    if (t.kind === 'lead') {
      leadId = (await loadLead(ctx, t.leadId)).id
    } else {
      const r = await loadReport(ctx, input.id)
      assertSameVersion(r, input.version)
      const [made] = await createLeads(ctx, [{ platform: r.platform, accountName: r.accountName, town: t.town, note: `举报：${r.reason}` }], { source: 'report', ref: r.receiptNumber })
      if (made.status === 'filed') throw errors.invalidState(`该账号已备案${made.filingNumber ? `（${made.filingNumber}）` : ''}，请改为关联到备案`)
      if (made.status === 'invalid') throw errors.invalid(made.message)
      leadId = made.leadId
    }
    return update(ctx, input.id, input.version, 'link', { leadId }, { leadId })
  }
})

export const reportClose = defineAction({
  contract: reportCloseContract,
  allow: STAFF,
  handler: async (input, ctx): Promise<{ report: ReportItem }> => {
    const actor = staffActor(ctx)
    const next = await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.reports.get(input.id)
      if (!cur) throw errors.notFound('找不到该举报，请返回列表刷新')
      assertSameVersion(cur, input.version)
      return closeReportIn(ctx, tx, cur, { outcome: input.outcome, note: input.note }, actor)
    })
    return { report: reportItem(next, ctx.rt.config) }
  }
})
