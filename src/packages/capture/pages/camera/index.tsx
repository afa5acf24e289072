import { CaptureScreen } from '../../../../features/capture/CaptureScreen'
import { pageQuery } from '../../../../services/nav'

/** Route file: /packages/capture/pages/camera/index?kind=<DocumentKind>&req=<request id>. */
export default function CapturePage () {
  const q = pageQuery()
  return <CaptureScreen kind={q.kind ?? ''} requestId={q.req ?? ''} />
}
