import { NoticeScreen } from '../../../../features/filings/NoticeScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: ?case=<case id>&step=<step id>[&as=staff] — a 约谈通知书 or 整改通知书 as an image. */
export default function NoticePage () {
  const q = pageQuery()
  return <NoticeScreen caseId={q.case ?? ''} stepId={q.step ?? ''} asStaff={q.as === 'staff'} />
}
