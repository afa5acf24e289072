import { statsContract, type StatsOutput, type StatsRow as Row } from '../../core/contracts/staff/stats'
import { call } from '../../services/api'

/**
 * The counts the 审核 tab page shows. Kept apart from ./api so the main package does not pull
 * in the review screens' schemas (those live in the admin subpackage).
 */
export type Stats = StatsOutput
export type StatsRow = Row

export function loadStats (): Promise<Stats> {
  return call(statsContract, {})
}

export function countOf (stats: Stats | null, statuses: readonly string[]): number | null {
  if (stats === null) return null
  return stats.byStatus.filter((r) => statuses.includes(r.key)).reduce((n, r) => n + r.count, 0)
}
