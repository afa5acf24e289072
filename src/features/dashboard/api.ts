/** The director's dashboard (staff/dashboard, admin) and its monthly .xlsx (staff/monthly-report). */
import { z } from 'zod'
import { call } from '../../services/api'

const Row = z.object({ key: z.string(), label: z.string(), count: z.number() })
const Coverage = z.object({ key: z.string(), label: z.string(), filed: z.number(), unfiled: z.number(), rate: z.number().nullable() })
export type CoverageRow = z.infer<typeof Coverage>
const Reviewer = z.object({ reviewer: z.string(), name: z.string(), decisions: z.number(), onTime: z.number(), late: z.number(), rate: z.number().nullable() })

export const DashboardSchema = z.object({
  month: z.string(),
  coverage: z.object({ byTown: z.array(Coverage), byPlatform: z.array(Coverage), total: Coverage }),
  late: z.object({ submitted: z.number(), late: z.number(), rate: z.number().nullable(), lateInMonth: z.number() }),
  reviewers: z.array(Reviewer),
  returnReasons: z.array(Row),
  funnel: z.array(Row),
  reports: z.object({ receivedInMonth: z.number(), closedInMonth: z.number(), open: z.number(), processing: z.number(), closed: z.number() })
})
export type Dashboard = z.infer<typeof DashboardSchema>

export function loadDashboard (month?: string): Promise<Dashboard> {
  return call('staff', 'dashboard', month ? { month } : {}, DashboardSchema)
}

export function monthlyReport (month: string): Promise<{ exportId: string, fileId: string, url: string, fileName: string }> {
  return call('staff', 'monthly-report', { month }, z.object({ exportId: z.string(), fileId: z.string(), url: z.string(), fileName: z.string() }).passthrough())
}
