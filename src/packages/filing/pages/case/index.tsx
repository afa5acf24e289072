import { OperatorCaseScreen } from '../../../../features/filings/CaseScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: /packages/filing/pages/case/index?id=<case id> (the operator's supervision matter). */
export default function OperatorCasePage () {
  return <OperatorCaseScreen id={pageQuery().id ?? ''} />
}
