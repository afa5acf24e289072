/** The director's dashboard (staff/dashboard, admin) and its monthly .xlsx (staff/monthly-report). */
import { dashboardContract, monthlyReportContract, type CoverageRowView as Row, type DashboardOutput } from '../../core/contracts/staff/dashboard'
import { call } from '../../services/api'

export type Dashboard = DashboardOutput
export type CoverageRow = Row

export function loadDashboard (month?: string): Promise<Dashboard> {
  return call(dashboardContract, month ? { month } : {})
}

export function monthlyReport (month: string) {
  return call(monthlyReportContract, { month })
}
