import { CaseScreen, OpenCaseScreen } from '../../../../features/supervision/CaseScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: ?id=<case id> shows a case file; ?filing=<filing id> opens a new one for that filing. */
export default function CasePage () {
  const q = pageQuery()
  return q.filing ? <OpenCaseScreen filingId={q.filing} /> : <CaseScreen id={q.id ?? ''} />
}
