import { FilingDetailScreen } from '../../../../features/filings/FilingDetail'
import { pageQuery } from '../../../../services/nav'

export default function FilingDetailPage () {
  return <FilingDetailScreen id={pageQuery().id ?? ''} />
}
