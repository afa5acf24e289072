/**
 * 年度核验, the operator's side: their entries, and a response — confirm the filing as it stands,
 * or change it through the lifecycle's amendment (same rules, review queue and messages as 变更备案) —
 * always with the 自查自纠 checklist and a renewed commitment.
 */
import { ENTRY_STATUS_LABELS, isFiled, myReverificationsContract, reverifyContract, roundClosed, standingOf } from '../../core'
import { defineAction, SIGNED_IN, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { RoundEntryRecord } from '../../ports/records'
import { requireUser } from '../../services/filings'
import { submitContent } from '../../services/submission'
import { auditEntry } from '../../services/supervision/support'
import { reportChange } from '../../services/outreach/upkeep'

async function view(ctx: Ctx, e: RoundEntryRecord) {
  const r = await ctx.rt.store.rounds.get(e.roundId)
  return {
    id: e.id,
    roundTitle: r?.title ?? '',
    deadline: r?.deadline ?? '',
    filingId: e.filingId,
    filingNumber: e.filingNumber,
    accountNames: e.accountNames,
    status: e.status,
    statusLabel: ENTRY_STATUS_LABELS[e.status],
    canRespond: e.status === 'pending' && !!r && !roundClosed(r.deadline, ctx.now, ctx.rt.config)
  }
}

export const myReverifications = defineAction({
  contract: myReverificationsContract,
  allow: SIGNED_IN,
  handler: async (_input, ctx) => {
    const u = requireUser(ctx)
    const rows = await ctx.rt.store.roundEntries.listByOpenid(u.caller.openid, 100)
    return { items: await Promise.all(rows.map((e) => view(ctx, e))) }
  }
})

export const reverify = defineAction({
  contract: reverifyContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => {
    const u = requireUser(ctx)
    const entry = await ctx.rt.store.roundEntries.get(input.entryId)
    // Another operator's entry does not exist for this caller.
    if (!entry || entry.openid !== u.caller.openid) throw errors.notFound('找不到该核验事项，请返回刷新')
    const round = await ctx.rt.store.rounds.get(entry.roundId)
    if (!round || roundClosed(round.deadline, ctx.now, ctx.rt.config)) throw errors.invalidState('年度核验已截止，请联系网信办')
    if (entry.status !== 'pending') throw errors.invalidState('该备案已完成本次核验')
    let amendment = null
    if (input.change) {
      if (input.change.id !== entry.filingId) throw errors.invalid('变更的备案与核验事项不一致，请返回重新打开', { 'change.id': '备案不一致' })
      // The lifecycle's amendment: a retry with the same requestId replays it.
      amendment = await submitContent(u, 'amend', input.change)
    } else {
      const f = await ctx.rt.store.filings.get(entry.filingId)
      if (!f || !isFiled(standingOf(f))) throw errors.invalidState('该备案已不在有效期内，无需核验')
      // The round shows a change not filed yet: it is due within 30 working days like one reported anywhere.
      if (input.pendingChanges?.length) await reportChange(ctx, f, input.pendingChanges, 'reverify')
    }
    const at = ctx.now.toISOString()
    const next = await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.roundEntries.get(entry.id)
      if (!cur || cur.status !== 'pending') throw errors.invalidState('该备案已完成本次核验')
      const rec: RoundEntryRecord = { ...cur, version: cur.version + 1, status: amendment ? 'amended' : 'confirmed', respondedAt: at, inspection: input.inspection, amendedVersion: amendment?.version ?? null, updatedAt: at }
      if (!(await tx.roundEntries.replaceIfVersion(rec, cur.version))) throw errors.conflict()
      const findings = Object.entries(input.inspection).filter(([k, v]) => k !== 'commitment' && typeof v === 'object' && !v.ok).map(([k]) => k)
      await tx.audit.insert(auditEntry(ctx, amendment ? 'reverify-amend' : 'reverify-confirm', cur.roundId, { findings, commitment: true }, cur.filingId))
      return rec
    })
    return { entry: await view(ctx, next), amendment: amendment ? { id: amendment.id, status: amendment.status, version: amendment.version, filingNumber: amendment.filingNumber, replayed: amendment.replayed } : null }
  }
})
