import { AwardsScreen } from '../../../../features/supervision/AwardsScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: /packages/supervision/pages/awards/index[?id=<评优 activity id>]. */
export default function AwardsPage () {
  return <AwardsScreen id={pageQuery().id} />
}
