/** 年度核验, staff side: an admin opens a round; staff follow it (counts, non-responders, who answered). */
import { ENTRY_STATUSES, ENTRY_STATUS_LABELS, checkRoundDeadline, roundClosed, roundGetContract, roundOpenContract, roundsContract, type EntryStatus } from '../../core'
import { ADMIN, defineAction, STAFF, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { RoundEntryRecord, RoundRecord } from '../../ports/records'
import { openRound } from '../../services/outreach/reverification'

export function roundView(r: RoundRecord, ctx: Ctx) {
  return { id: r.id, title: r.title, openedOn: r.openedOn, deadline: r.deadline, reminderDays: r.reminderDays, remindedDays: r.remindedDays, entries: r.entries, closed: roundClosed(r.deadline, ctx.now, ctx.rt.config), leadsAt: r.leadsAt }
}

const entryView = (e: RoundEntryRecord) => ({ id: e.id, filingId: e.filingId, filingNumber: e.filingNumber, accountNames: e.accountNames, status: e.status, statusLabel: ENTRY_STATUS_LABELS[e.status], respondedAt: e.respondedAt, leadIds: e.leadIds })

export const roundOpen = defineAction({
  contract: roundOpenContract,
  allow: ADMIN,
  handler: async (input, ctx) => {
    const bad = checkRoundDeadline(input.deadline, ctx.now, ctx.rt.config)
    if (bad) throw errors.invalid(bad.message, bad.fields)
    return { round: roundView(await openRound(ctx, input), ctx) }
  }
})

export const rounds = defineAction({
  contract: roundsContract,
  allow: STAFF,
  handler: async (_input, ctx) => ({ items: (await ctx.rt.store.rounds.list(50)).map((r) => roundView(r, ctx)) })
})

export const roundGet = defineAction({
  contract: roundGetContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const r = await ctx.rt.store.rounds.get(input.id)
    if (!r) throw errors.notFound('找不到该核验，请返回列表刷新')
    const all: RoundEntryRecord[] = []
    let after: string | null = null
    for (;;) {
      const page = await ctx.rt.store.roundEntries.listByRound(r.id, [], after, 200)
      all.push(...page)
      if (page.length < 200) break
      after = page[page.length - 1].id
    }
    const counts = Object.fromEntries(ENTRY_STATUSES.map((s) => [s, all.filter((e) => e.status === s).length])) as Record<EntryStatus, number>
    return {
      round: roundView(r, ctx),
      counts,
      nonResponders: all.filter((e) => e.status === 'pending' || e.status === 'lead').map(entryView),
      responded: all.filter((e) => e.status === 'confirmed' || e.status === 'amended').map(entryView)
    }
  }
})
