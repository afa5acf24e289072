import { z } from 'zod'
import { defineContract } from '../contract'

export const ReportsInput = z.object({ limit: z.number().int().min(1).max(200, '每次最多200条').default(50) }).strict()
export const ReportRow = z.object({
  id: z.string(),
  platform: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  reason: z.string(),
  details: z.string(),
  at: z.string(),
  status: z.string(),
  filingId: z.string().nullable()
})
export const ReportsOutput = z.object({ items: z.array(ReportRow) })
export type ReportsOutput = z.infer<typeof ReportsOutput>

/** Reports (举报) from the public, newest first; the reporter's openid is not shown. */
export const reportsContract = defineContract({ fn: 'staff', action: 'reports', input: ReportsInput, output: ReportsOutput })
