import { ReportScreen } from '../../../../features/supervision/ReportScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: /packages/supervision/pages/report/index?id=<report id>. */
export default function ReportPage () {
  return <ReportScreen id={pageQuery().id ?? ''} />
}
