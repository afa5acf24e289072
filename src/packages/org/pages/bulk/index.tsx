import { BulkScreen } from '../../../../features/org/BulkScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: ?id=<filing id>. */
export default function BulkPage () {
  return <BulkScreen id={pageQuery().id ?? ''} />
}
