import { z } from 'zod'

export const StatsInput = z.object({}).strict()
export interface StatsRow {
  key: string
  label: string
  count: number
}
export interface StatsOutput {
  total: number
  byStatus: StatsRow[]
  byPlatform: StatsRow[]
  byTown: StatsRow[]
  /** Week (Monday, local date) → submissions, oldest first. */
  byWeek: StatsRow[]
}
