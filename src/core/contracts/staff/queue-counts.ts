import { z } from 'zod'
import { defineContract } from '../contract'
import { QueueFilterInput } from './queue'
import { StatsRow } from './stats'

/** The queue's filters without a status: the counts are per status. */
export const QueueCountsInput = QueueFilterInput.omit({ status: true }).strict()
export const QueueCountsOutput = z.object({ byStatus: z.array(StatsRow) })
export type QueueCountsOutput = z.infer<typeof QueueCountsOutput>

/** How many filings each status tab holds under the current search and filters. */
export const queueCountsContract = defineContract({ fn: 'staff', action: 'queue-counts', input: QueueCountsInput, output: QueueCountsOutput })
