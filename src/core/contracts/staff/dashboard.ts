/** The director's dashboard and its monthly .xlsx (admin only). */
import { z } from 'zod'
import { MONTH } from '../../supervision/dashboard'
import { defineContract } from '../contract'
import { ExportLinkOutput } from './export'

const Month = z.string().regex(MONTH, '月份格式应为 年-月（如 2026-11）')
const Row = z.object({ key: z.string(), label: z.string(), count: z.number() })
export const CoverageRowView = z.object({ key: z.string(), label: z.string(), filed: z.number(), unfiled: z.number(), rate: z.number().nullable() })
export type CoverageRowView = z.infer<typeof CoverageRowView>
const Reviewer = z.object({ reviewer: z.string(), name: z.string(), decisions: z.number(), onTime: z.number(), late: z.number(), rate: z.number().nullable() })

export const DashboardOutput = z.object({
  month: z.string(),
  coverage: z.object({ byTown: z.array(CoverageRowView), byPlatform: z.array(CoverageRowView), total: CoverageRowView }),
  late: z.object({ submitted: z.number(), late: z.number(), rate: z.number().nullable(), lateInMonth: z.number() }),
  reviewers: z.array(Reviewer),
  returnReasons: z.array(Row),
  funnel: z.array(Row),
  reports: z.object({ receivedInMonth: z.number(), closedInMonth: z.number(), open: z.number(), processing: z.number(), closed: z.number() })
})
export type DashboardOutput = z.infer<typeof DashboardOutput>
export const dashboardContract = defineContract({ fn: 'staff', action: 'dashboard', input: z.object({ month: Month.optional() }).strict(), output: DashboardOutput })

/** Delivered once like every export (then deleted). */
export const MonthlyReportOutput = ExportLinkOutput.extend({ fileName: z.string() })
export const monthlyReportContract = defineContract({ fn: 'staff', action: 'monthly-report', input: z.object({ month: Month }).strict(), output: MonthlyReportOutput })
