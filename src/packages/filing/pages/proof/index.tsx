import { ProofScreen, type ProofQuery } from '../../../../features/trust/certificates'
import { pageQuery } from '../../../../services/nav'

/** Route file: ?id=<filing id> (the owner) or ?c=<certificate code> (a shared or scanned certificate); anything else checks as 无法核验. */
export default function ProofPage () {
  const q = pageQuery()
  const query: ProofQuery = q.id ? { id: q.id } : q.c ? { code: q.c } : { legacy: true }
  return <ProofScreen query={query} />
}
