import { z } from 'zod'
import { REPORT_STATUSES } from '../../supervision/report'
import { defineContract } from '../contract'
import { ReportItem, StatusCounts } from '../supervision/views'

export const ReportsInput = z
  .object({
    status: z.enum(REPORT_STATUSES, { errorMap: () => ({ message: '举报状态无效' }) }).optional(),
    /** Only reports assigned to the caller. */
    mine: z.boolean().default(false),
    limit: z.number().int().min(1).max(200, '每次最多200条').default(50)
  })
  .strict()
export const ReportsOutput = z.object({ items: z.array(ReportItem), counts: StatusCounts })
export type ReportsOutput = z.infer<typeof ReportsOutput>

/** The reports inbox (举报), newest first; the reporter's identity is never shown. */
export const reportsContract = defineContract({ fn: 'staff', action: 'reports', input: ReportsInput, output: ReportsOutput })
