import { StepScreen } from '../../../../features/supervision/StepScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: /packages/supervision/pages/step/index?id=<case id>&type=<step type>. */
export default function StepPage () {
  const q = pageQuery()
  return <StepScreen id={q.id ?? ''} type={q.type ?? ''} />
}
