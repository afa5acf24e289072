import { ManagersScreen } from '../../../../features/org/ManagersScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: ?id=<filing id>. */
export default function ManagersPage () {
  return <ManagersScreen id={pageQuery().id ?? ''} />
}
