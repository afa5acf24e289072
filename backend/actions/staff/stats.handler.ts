/** Counts for the statistics screen (grouped in the store, labelled here). */
import { findTown, platformLabel, STAFF_VISIBLE_STATUSES, statsContract, statusLabel, type StatsRow } from '../../core'
import { defineAction, STAFF } from '../../entry/action'

const rows = (m: Record<string, number>, label: (k: string) => string): StatsRow[] =>
  Object.entries(m)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count)

export const stats = defineAction({
  contract: statsContract,
  allow: STAFF,
  handler: async (_input, ctx) => {
    const { config } = ctx.rt
    const s = await ctx.rt.store.filings.stats(STAFF_VISIBLE_STATUSES)
    return {
      total: s.total,
      byStatus: rows(s.byStatus, statusLabel),
      byPlatform: rows(s.byPlatform, (k) => platformLabel(k, config)),
      byTown: rows(s.byTown, (k) => findTown(config, k)?.name ?? k),
      byWeek: rows(s.byWeek, (k) => `${k} 起一周`).sort((a, b) => a.key.localeCompare(b.key))
    }
  }
})
