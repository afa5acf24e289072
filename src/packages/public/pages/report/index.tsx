import { Report } from '../../../../features/public/Report'

export default function ReportPage () {
  return <Report />
}
