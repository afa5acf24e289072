/**
 * Leads: accounts known but not filed. `createLeads` is the one way in — from a report, a staff
 * sweep, an imported list, or outreach that got no answer (issue 11 calls it with source
 * 'outreach') — and it never duplicates: an account already filed gets no lead, and an account
 * that already has an unfiled lead gets the new source added to that lead instead.
 * `linkLeadsToFiling` applies a filing transition's effect on leads: when the operator files, the lead follows.
 */
import { LEAD_UNFILED, LIVE_STATUSES, LeadInputSchema, findTown, isFiled, isFiledAccountLead, isPlatformCode, leadStep, nameKey, platformLabel, standingOf, type LeadFollowUp, type LeadInput, type LeadSource } from '../../core'
import type { Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { LeadRecord } from '../../ports/records'
import { closeReportIn } from './reports'
import { auditEntry } from './support'

export type LeadOutcome =
  | { status: 'created'; leadId: string }
  | { status: 'merged'; leadId: string }
  | { status: 'filed'; filingNumber: string | null }
  | { status: 'invalid'; message: string }

export interface LeadOrigin {
  source: LeadSource
  /** Report id, list name, outreach batch id … kept on the lead. */
  ref: string
}

/** Checks one lead row against the jurisdiction (platform and town codes); null when fine. */
export function leadProblem(ctx: Ctx, input: LeadInput): string | null {
  if (!isPlatformCode(input.platform, ctx.rt.config)) return `平台“${input.platform.slice(0, 20)}”不在本地平台列表中，请从列表中选择`
  if (input.town && !findTown(ctx.rt.config, input.town)) return `镇街“${input.town.slice(0, 20)}”不在本地列表中，请重新选择`
  return null
}

/** Creates (or merges into) leads, one outcome per input, in order. Each row is its own unit. */
export async function createLeads(ctx: Ctx, inputs: readonly unknown[], origin: LeadOrigin): Promise<LeadOutcome[]> {
  const out: LeadOutcome[] = []
  for (const raw of inputs) {
    const parsed = LeadInputSchema.safeParse(raw)
    if (!parsed.success) {
      out.push({ status: 'invalid', message: parsed.error.issues[0]?.message ?? '线索信息不完整' })
      continue
    }
    const input = parsed.data
    const problem = leadProblem(ctx, input)
    if (problem) {
      out.push({ status: 'invalid', message: problem })
      continue
    }
    out.push(await createOne(ctx, input, origin))
  }
  return out
}

async function createOne(ctx: Ctx, input: LeadInput, origin: LeadOrigin): Promise<LeadOutcome> {
  const { store } = ctx.rt
  const key = nameKey(input.platform, input.accountName)
  if (!isFiledAccountLead(origin.source)) {
    const filed = (await store.filings.findByAccountKeys([key], [...LIVE_STATUSES])).find((f) => isFiled(standingOf(f)))
    if (filed) return { status: 'filed', filingNumber: filed.filingNumber }
  }
  const [existing] = await store.leads.findByKeys([key], [...LEAD_UNFILED])
  const at = ctx.now.toISOString()
  if (existing) {
    return store.runUnit(async (tx) => {
      const cur = await tx.leads.get(existing.id)
      if (!cur) throw errors.conflict()
      if (!cur.sourceRefs.includes(origin.ref)) {
        const next: LeadRecord = { ...cur, version: cur.version + 1, sourceRefs: [...cur.sourceRefs, origin.ref], updatedAt: at }
        if (!(await tx.leads.replaceIfVersion(next, cur.version))) throw errors.conflict()
        await tx.audit.insert(auditEntry(ctx, 'lead-merged', cur.id, { source: origin.source, ref: origin.ref }))
      }
      return { status: 'merged' as const, leadId: cur.id }
    })
  }
  const lead: LeadRecord = {
    id: ctx.rt.ids.newId(),
    version: 1,
    status: 'open',
    platform: input.platform,
    accountName: input.accountName,
    accountId: input.accountId,
    accountKey: key,
    town: input.town || null,
    note: input.note,
    source: origin.source,
    sourceRefs: [origin.ref],
    urges: [],
    deadline: null,
    filingId: null,
    caseId: null,
    createdAt: at,
    createdBy: ctx.caller.openid ?? 'system',
    updatedAt: at,
    closedAt: null,
    closeReason: ''
  }
  await store.runUnit(async (tx) => {
    await tx.leads.insert(lead)
    await tx.audit.insert(auditEntry(ctx, 'lead-created', lead.id, { source: origin.source, ref: origin.ref, platform: lead.platform, accountName: lead.accountName }))
  })
  return { status: 'created', leadId: lead.id }
}

export function leadLabel(l: Pick<LeadRecord, 'platform' | 'accountName'>, ctx: Ctx): string {
  return `${platformLabel(l.platform, ctx.rt.config)}“${l.accountName}”`
}

/**
 * Applies a filing transition's effect on leads (core's `leadFollowUp`, part of the lifecycle
 * aggregate's effects), after the transition committed: leads for the filing's accounts move with
 * it (submitted → 备案审核中, approved → 已备案 and their open reports close as "filed",
 * withdrawn/rejected → back). Runs as the system; each lead is its own unit.
 */
export async function linkLeadsToFiling(ctx: Ctx, follow: LeadFollowUp): Promise<number> {
  const { store } = ctx.rt
  const leads = (await store.leads.findByKeys(follow.nameKeys, follow.from)).filter((l) => follow.act !== 'filing-dropped' || l.filingId === follow.filingId)
  const system: Ctx = { ...ctx, caller: { openid: null, role: 'system' } }
  for (const lead of leads) {
    // Queries run before the unit: a unit holds single-document operations only.
    const openReports = await store.reports.listOpenByLead(lead.id)
    await store.runUnit(async (tx) => {
      const cur = await tx.leads.get(lead.id)
      if (!cur) return
      const step = leadStep({ status: cur.status, urged: cur.urges.length > 0, caseId: cur.caseId }, follow.act, 'system')
      if (!step.ok) return
      const at = ctx.now.toISOString()
      const closed = step.to === 'filed'
      const next: LeadRecord = {
        ...cur,
        version: cur.version + 1,
        status: step.to,
        filingId: follow.act === 'filing-dropped' ? null : follow.filingId,
        updatedAt: at,
        closedAt: closed ? at : cur.closedAt,
        closeReason: closed ? `已备案${follow.filingNumber ? `（${follow.filingNumber}）` : ''}` : cur.closeReason
      }
      if (!(await tx.leads.replaceIfVersion(next, cur.version))) throw errors.conflict()
      await tx.audit.insert(auditEntry(system, `lead-${follow.act}`, cur.id, { from: cur.status, to: step.to, filingNumber: follow.filingNumber }, follow.filingId))
      if (closed) {
        for (const report of openReports) {
          const fresh = await tx.reports.get(report.id)
          if (fresh && fresh.status !== 'closed') await closeReportIn(system, tx, fresh, { outcome: 'filed', note: '' }, 'system')
        }
      }
    })
  }
  return leads.length
}
