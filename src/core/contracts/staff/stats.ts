import { z } from 'zod'
import { defineContract } from '../contract'

export const StatsInput = z.object({}).strict()
export const StatsRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() })
export type StatsRow = z.infer<typeof StatsRow>
export const StatsOutput = z.object({
  total: z.number().int(),
  byStatus: z.array(StatsRow),
  byPlatform: z.array(StatsRow),
  byTown: z.array(StatsRow),
  /** Week (Monday, local date) → submissions, oldest first. */
  byWeek: z.array(StatsRow)
})
export type StatsOutput = z.infer<typeof StatsOutput>

/** Counts for the statistics screen and the 审核 tab. */
export const statsContract = defineContract({ fn: 'staff', action: 'stats', input: StatsInput, output: StatsOutput })
