/**
 * The director's dashboard, computed from counts the store takes: coverage of the register
 * (filed against known unfiled accounts) by town and platform, late filings, review time-limit
 * compliance per reviewer, return reasons ranked, and the enforcement funnel. Pure: the same
 * function builds the screen and the monthly .xlsx, so both say the same numbers.
 */
import { instantAt, localDate } from '../dates'
import { fieldLabel } from '../schemas/field-labels'
import type { CaseStage } from './case'
import type { CaseStepType, CloseOutcome } from './case-steps'

export interface CountRow {
  key: string
  label: string
  count: number
}

export interface CoverageRow {
  key: string
  label: string
  filed: number
  unfiled: number
  /** filed / (filed + unfiled) in percent, one decimal; null when nothing is known. */
  rate: number | null
}

const pct = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null)

export function coverageRows(filed: Record<string, number>, unfiled: Record<string, number>, label: (key: string) => string): CoverageRow[] {
  const keys = new Set([...Object.keys(filed), ...Object.keys(unfiled)])
  return [...keys]
    .map((key) => {
      const f = filed[key] ?? 0
      const u = unfiled[key] ?? 0
      return { key, label: label(key), filed: f, unfiled: u, rate: pct(f, f + u) }
    })
    .sort((a, b) => b.filed + b.unfiled - (a.filed + a.unfiled) || a.key.localeCompare(b.key))
}

export function coverageTotal(rows: readonly CoverageRow[]): CoverageRow {
  const filed = rows.reduce((n, r) => n + r.filed, 0)
  const unfiled = rows.reduce((n, r) => n + r.unfiled, 0)
  return { key: 'total', label: '合计', filed, unfiled, rate: pct(filed, filed + unfiled) }
}

/** A filing is late when its first submission's local date is after its filing due date. */
export function filedAfterDue(dueDate: string | null, firstSubmittedAt: string | null, timezone: string): boolean {
  return dueDate !== null && firstSubmittedAt !== null && localDate(firstSubmittedAt, timezone) > dueDate
}

export interface Decision {
  reviewer: string | null
  reviewerName: string
  at: string
  /** The review due date in force when the decision was taken; null when unknown. */
  dueDate: string | null
}

export interface ReviewerRow {
  reviewer: string
  name: string
  decisions: number
  onTime: number
  late: number
  /** onTime / decisions with a known due date, percent. */
  rate: number | null
}

/** Decisions on or before their review due date count as on time. */
export function reviewCompliance(decisions: readonly Decision[], timezone: string): ReviewerRow[] {
  const rows = new Map<string, ReviewerRow>()
  for (const d of decisions) {
    const key = d.reviewer ?? 'unknown'
    const row = rows.get(key) ?? { reviewer: key, name: d.reviewerName, decisions: 0, onTime: 0, late: 0, rate: null }
    row.decisions++
    if (d.dueDate !== null) {
      if (localDate(d.at, timezone) <= d.dueDate) row.onTime++
      else row.late++
    }
    rows.set(key, row)
  }
  return [...rows.values()].map((r) => ({ ...r, rate: pct(r.onTime, r.onTime + r.late) })).sort((a, b) => b.decisions - a.decisions || a.name.localeCompare(b.name))
}

/** Return reasons ranked by the field they named ("身份证人像面" 12×, …). */
export function rankReturnReasons(reasons: ReadonlyArray<{ field: string; reason: string }>, limit = 10): CountRow[] {
  const counts = new Map<string, number>()
  for (const r of reasons) {
    const label = fieldLabel(r.field)
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts.entries()]
    .map(([label, count]) => ({ key: label, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit)
}

export interface CaseSummary {
  stage: CaseStage
  stepTypes: readonly CaseStepType[]
  closeOutcome: CloseOutcome | null
}

export interface LeadFunnelCounts {
  /** Every lead ever recorded. */
  total: number
  /** Leads that were urged at least once. */
  urged: number
  /** Leads whose account has since filed. */
  filed: number
}

/** How far supervision got: each stage counts the leads or cases that reached it. */
export function enforcementFunnel(leads: LeadFunnelCounts, cases: readonly CaseSummary[]): CountRow[] {
  const reached = (t: CaseStepType) => cases.filter((c) => c.stepTypes.includes(t)).length
  const rectified = cases.filter((c) => c.stepTypes.includes('review') && (c.stage === 'rectified' || c.closeOutcome === 'rectified')).length
  return [
    { key: 'leads', label: '发现线索', count: leads.total },
    { key: 'urged', label: '督促备案', count: leads.urged + cases.filter((c) => c.stepTypes.includes('urge')).length },
    { key: 'leadsFiled', label: '督促后备案', count: leads.filed },
    { key: 'cases', label: '立案', count: cases.length },
    { key: 'summon', label: '约谈', count: reached('summon') },
    { key: 'order', label: '责令整改', count: reached('order') },
    { key: 'rectified', label: '整改完成', count: rectified },
    { key: 'sanction', label: '处置', count: reached('sanction') },
    { key: 'publicize', label: '公示', count: reached('publicize') },
    { key: 'closed', label: '结案', count: cases.filter((c) => c.stage === 'closed').length }
  ]
}

/** [start, end) instants of a local calendar month 'YYYY-MM'. */
export function monthRange(month: string, timezone: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number)
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
  return { from: instantAt(`${month}-01`, '00:00', timezone).toISOString(), to: instantAt(`${next}-01`, '00:00', timezone).toISOString() }
}

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/
