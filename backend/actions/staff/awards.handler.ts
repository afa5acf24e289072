/**
 * 评优, staff side: an 评优 event's candidates (its filed audience) with every reason each one
 * qualifies or not, and the nomination and its result, recorded on the operator's place, audited.
 */
import { ACTIVITY_KIND_LABELS, awardCandidatesContract, awardRecordContract, nominationStep } from '../../core'
import { defineAction, STAFF, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { ActivityRecord, ParticipationRecord } from '../../ports/records'
import { candidateView, evaluate } from '../../services/outreach/awards'
import { auditEntry, staffActor } from '../../services/supervision/support'

async function awardActivity(ctx: Ctx, id: string): Promise<ActivityRecord> {
  const a = await ctx.rt.store.activities.get(id)
  if (!a) throw errors.notFound('找不到该活动，请返回列表刷新')
  if (a.kind !== 'award') throw errors.invalidState('只有评优活动可以提名，请选择评优活动')
  return a
}

export const awardCandidates = defineAction({
  contract: awardCandidatesContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const a = await awardActivity(ctx, input.activityId)
    // Candidates are filed operators: an opted-in self-check has no compliance history to judge.
    const rows = (await ctx.rt.store.participations.listByActivity(a.id, 2000)).filter((p) => p.filingId !== null)
    const candidates = []
    for (const p of rows) {
      const { facts, eligibility } = await evaluate(ctx, p)
      candidates.push(candidateView(p, facts, eligibility))
    }
    // Qualified first, then the nominated, each in invitation order.
    candidates.sort((x, y) => Number(y.eligible) - Number(x.eligible))
    return { activity: { id: a.id, title: a.title, kindLabel: ACTIVITY_KIND_LABELS[a.kind] }, candidates }
  }
})

export const awardRecord = defineAction({
  contract: awardRecordContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    staffActor(ctx)
    const a = await awardActivity(ctx, input.activityId)
    const p0 = await ctx.rt.store.participations.get(input.candidateId)
    if (!p0 || p0.activityId !== a.id || p0.filingId === null) throw errors.notFound('找不到该候选人，请返回列表刷新')
    // Eligibility is checked at nomination against the history as of now; a result needs no new check.
    const { facts, eligibility } = await evaluate(ctx, p0)
    const at = ctx.now.toISOString()
    const next = await ctx.rt.store.runUnit(async (tx) => {
      const p = await tx.participations.get(p0.id)
      if (!p || p.version !== input.version) throw errors.conflict()
      const step = nominationStep(p.nomination?.status ?? null, input.to, eligibility.eligible)
      if (!step.ok) throw errors.invalidState(step.message)
      const rec: ParticipationRecord = {
        ...p,
        version: p.version + 1,
        nomination: { status: input.to, note: input.note, at, by: ctx.caller.openid ?? '', byName: ctx.caller.staffName ?? '工作人员' },
        updatedAt: at
      }
      if (!(await tx.participations.replaceIfVersion(rec, p.version))) throw errors.conflict()
      await tx.audit.insert(
        auditEntry(ctx, `award-${input.to}`, a.id, { participation: p.id, from: p.nomination?.status ?? null, to: input.to, reasons: eligibility.reasons.filter((r) => !r.met).map((r) => r.criterion) }, p.filingId)
      )
      return rec
    })
    return { candidate: candidateView(next, facts, eligibility) }
  }
})
