import { LeadScreen } from '../../../../features/supervision/LeadScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: /packages/supervision/pages/lead/index?id=<lead id>. */
export default function LeadPage () {
  return <LeadScreen id={pageQuery().id ?? ''} />
}
