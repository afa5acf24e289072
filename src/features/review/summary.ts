import { z } from 'zod'
import { call } from '../../services/api'

/**
 * The counts the 审核 tab page shows. Kept apart from ./api so the main package does not pull
 * in the review screens' schemas (those live in the admin subpackage).
 */
const StatsRowSchema = z.object({ key: z.string(), label: z.string(), count: z.number() }).passthrough()
export const StatsSchema = z.object({
  total: z.number(),
  byStatus: z.array(StatsRowSchema),
  byPlatform: z.array(StatsRowSchema),
  byTown: z.array(StatsRowSchema),
  byWeek: z.array(StatsRowSchema)
}).passthrough()
export type Stats = z.infer<typeof StatsSchema>
export type StatsRow = z.infer<typeof StatsRowSchema>

export function loadStats (): Promise<Stats> {
  return call('staff', 'stats', {}, StatsSchema)
}

export function countOf (stats: Stats | null, statuses: readonly string[]): number | null {
  if (stats === null) return null
  return stats.byStatus.filter((r) => statuses.includes(r.key)).reduce((n, r) => n + r.count, 0)
}
