import { z } from 'zod'
import type { DispatchReport } from '../../services/dispatcher'
import type { PurgeReport } from '../../services/purge'
import type { ReminderReport } from '../../services/reminders'

export const TickInput = z.object({}).strict()
export interface TickOutput {
  reminders: ReminderReport
  dispatch: DispatchReport
  purge: PurgeReport & { rateCountersRemoved: number }
}
