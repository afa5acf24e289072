import { CancelScreen } from '../../../../features/review/CancelScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: /packages/admin/pages/cancel/index?id=<filing id> (admin only; the action refuses others). */
export default function CancelPage () {
  return <CancelScreen id={pageQuery().id ?? ''} />
}
