import { DashboardScreen } from '../../../../features/dashboard/DashboardScreen'

/** Route file: 统计 for staff, with the director's dashboard for admins. */
export default function StatsPage () {
  return <DashboardScreen />
}
