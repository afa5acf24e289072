/**
 * 评优: the facts core's rule decides on, gathered per operator (their cases, filings, 年度核验
 * entries and attendance), and the candidate view staff read. Nominations and results live on the
 * operator's place in the 评优 event, each change one unit with its audit entry.
 */
import { FILED_STANDING_STATUSES, NOMINATION_LABELS, awardEligibility, filedAfterDue, type AwardEligibility, type ComplianceFacts } from '../../core'
import type { Ctx } from '../../entry/action'
import type { ParticipationRecord } from '../../ports/records'

/** The compliance history and attendance of one operator, as of now. */
export async function complianceFacts(ctx: Ctx, openid: string): Promise<ComplianceFacts & { filingNumbers: string[] }> {
  const { store, config } = ctx.rt
  const [cases, filings, entries, places] = await Promise.all([
    store.cases.listByOperator(openid, 200),
    store.filings.listByOwner(openid, 200),
    store.roundEntries.listByOpenid(openid, 100),
    store.participations.listByOpenid(openid, 200)
  ])
  const filed = filings.filter((f) => (FILED_STANDING_STATUSES as readonly string[]).includes(f.status) && f.approved)
  const late = filed.some((f) => f.filedLate === true || filedAfterDue(f.index.dueDate, f.firstSubmittedAt ?? null, config.timezone))
  // Lead beats pending beats done: one unanswered round outweighs answered ones.
  const reverification = entries.some((e) => e.status === 'lead') ? 'lead' : entries.some((e) => e.status === 'pending') ? 'pending' : entries.length ? 'done' : 'none'
  let attended = 0
  for (const p of places) {
    if (p.status !== 'attended') continue
    const a = await store.activities.get(p.activityId)
    if (a && a.kind !== 'award') attended++
  }
  return {
    openCases: cases.filter((c) => c.stage !== 'closed').length,
    filedLate: late,
    reverification,
    attended,
    filingNumbers: filed.map((f) => f.filingNumber ?? '').filter(Boolean)
  }
}

export function candidateView(p: ParticipationRecord, facts: { filingNumbers: string[] }, e: AwardEligibility) {
  const n = p.nomination ?? null
  return {
    id: p.id,
    version: p.version,
    accountNames: p.accountNames,
    filingNumbers: facts.filingNumbers,
    eligible: e.eligible,
    reasons: e.reasons,
    nomination: n ? { status: n.status, label: NOMINATION_LABELS[n.status], note: n.note, at: n.at, byName: n.byName } : null
  }
}

export async function evaluate(ctx: Ctx, p: ParticipationRecord) {
  const facts = await complianceFacts(ctx, p.openid)
  return { facts, eligibility: awardEligibility(facts) }
}
