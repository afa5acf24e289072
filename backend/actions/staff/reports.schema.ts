import { z } from 'zod'
import { REPORT_STATUSES } from '../../core'
import type { ReportItem } from '../../services/supervision/views'

export const ReportsInput = z
  .object({
    status: z.enum(REPORT_STATUSES, { errorMap: () => ({ message: '举报状态无效' }) }).optional(),
    /** Only reports assigned to the caller. */
    mine: z.boolean().default(false),
    limit: z.number().int().min(1).max(200, '每次最多200条').default(50)
  })
  .strict()
export interface ReportsOutput {
  items: ReportItem[]
  counts: Record<string, number>
}
