import { ReportsScreen } from '../../../../features/supervision/ReportsScreen'
/** Route file: the reports inbox. */
export default function ReportsPage () {
  return <ReportsScreen />
}
