import { z } from 'zod'
import type { DispatchReport } from '../../services/dispatcher'
import type { PurgeReport } from '../../services/purge'

export const TickInput = z.object({}).strict()
export interface TickOutput {
  reminders: { reminded: number }
  dispatch: DispatchReport
  purge: PurgeReport
}
