/**
 * The director's dashboard: counts taken from the store, turned into rows by core's pure
 * functions. The screen and the monthly .xlsx are built from this one result.
 */
import {
  LEAD_UNFILED,
  UNFILED_ACCOUNT_LEAD_SOURCES,
  coverageRows,
  coverageTotal,
  enforcementFunnel,
  findTown,
  localDate,
  monthRange,
  rankReturnReasons,
  reviewCompliance,
  type CountRow,
  type CoverageRow,
  type ReviewerRow,
  platformLabel,
  FILED_STANDING_STATUSES
} from '../../core'
import type { Ctx } from '../../entry/action'
import { staffDirectory } from './staff-directory'

/** What counts as filed on the register: an approved filing (also while an amendment is reviewed). */
export const DECISION_ACTIONS = ['approve', 'return', 'reject']
/** Cases read for the funnel; a city office has far fewer. */
const MAX_CASES = 1000

export interface Dashboard {
  month: string
  coverage: { byTown: CoverageRow[]; byPlatform: CoverageRow[]; total: CoverageRow }
  late: { submitted: number; late: number; rate: number | null; lateInMonth: number }
  reviewers: ReviewerRow[]
  returnReasons: CountRow[]
  funnel: CountRow[]
  reports: { receivedInMonth: number; closedInMonth: number; open: number; processing: number; closed: number }
}

export function currentMonth(now: Date, tz: string): string {
  return localDate(now, tz).slice(0, 7)
}

export async function buildDashboard(ctx: Ctx, month: string): Promise<Dashboard> {
  const { store, config } = ctx.rt
  const { from, to } = monthRange(month, config.timezone)
  const [filedTown, filedPlatform, leadTown, leadPlatform, late, lateInMonth, urged, leadStatus, cases, decisions, returns, received, closed, reportStatus, staff] = await Promise.all([
    store.filings.countBy('town', [...FILED_STANDING_STATUSES]),
    store.filings.countBy('platform', [...FILED_STANDING_STATUSES]),
    store.leads.countBy('town', [...LEAD_UNFILED], UNFILED_ACCOUNT_LEAD_SOURCES),
    store.leads.countBy('platform', [...LEAD_UNFILED], UNFILED_ACCOUNT_LEAD_SOURCES),
    store.filings.lateCounts(),
    store.filings.listLate(from, to, 10_000),
    store.leads.urgedCounts(),
    store.leads.countByStatus(),
    store.cases.list({}, MAX_CASES),
    store.audit.listBetween(DECISION_ACTIONS, from, to, 10_000),
    store.audit.listBetween(['return'], from, to, 10_000),
    store.audit.listBetween(['report-received'], from, to, 10_000),
    store.audit.listBetween(['report-close'], from, to, 10_000),
    store.reports.countByStatus(),
    staffDirectory(ctx)
  ])
  const townLabel = (k: string) => findTown(config, k)?.name ?? k
  const byPlatform = coverageRows(filedPlatform, leadPlatform, (k) => platformLabel(k, config))
  const nameOf = (openid: string | null) => staff.find((s) => s.openid === openid)?.name ?? '已离岗人员'
  return {
    month,
    coverage: { byTown: coverageRows(filedTown, leadTown, townLabel), byPlatform, total: coverageTotal(byPlatform) },
    late: { submitted: late.submitted, late: late.late, rate: late.submitted ? Math.round((late.late / late.submitted) * 1000) / 10 : null, lateInMonth: lateInMonth.length },
    reviewers: reviewCompliance(
      decisions.filter((d) => d.actorRole === 'reviewer' || d.actorRole === 'admin').map((d) => ({ reviewer: d.actorOpenid, reviewerName: nameOf(d.actorOpenid), at: d.at, dueDate: typeof d.detail.reviewDueDate === 'string' ? d.detail.reviewDueDate : null })),
      config.timezone
    ),
    returnReasons: rankReturnReasons(
      returns.flatMap((r) => (Array.isArray(r.detail.reasons) ? r.detail.reasons : [])).flatMap((x) => (x && typeof x === 'object' && !Array.isArray(x) && typeof x.field === 'string' ? [{ field: x.field, reason: String(x.reason ?? '') }] : []))
    ),
    funnel: enforcementFunnel({ total: urged.total, urged: urged.urged, filed: leadStatus.filed ?? 0 }, cases.map((c) => ({ stage: c.stage, stepTypes: c.steps.map((s) => s.type), closeOutcome: c.closeOutcome }))),
    reports: { receivedInMonth: received.length, closedInMonth: closed.length, open: reportStatus.open ?? 0, processing: reportStatus.processing ?? 0, closed: reportStatus.closed ?? 0 }
  }
}
