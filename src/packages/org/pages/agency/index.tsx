import { ConfirmScreen } from '../../../../features/agency/ConfirmScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: ?code=<principal confirmation code> (optional; the principal may type it). */
export default function AgencyConfirmPage () {
  return <ConfirmScreen initialCode={pageQuery().code ?? ''} />
}
