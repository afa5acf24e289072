import { ProofScreen } from '../../../../features/filings/Proof'
import { pageQuery } from '../../../../services/nav'

/** Route file: the owner's proof (?id=) or a shared card (?n=&a=&s=&d=, built by paths.proof). */
export default function ProofPage () {
  const q = pageQuery()
  const shared = q.n ? { number: q.n, names: q.a ?? '', subject: q.s ?? '', date: q.d ?? '' } : undefined
  return <ProofScreen id={q.id} shared={shared} />
}
