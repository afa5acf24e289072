import { EventScreen } from '../../../../features/outreach/EventScreen'
import { ScanView } from '../../../../features/trust/qr'

/** Route file: one event for staff (check-in by QR or by hand, who came). */
export default function EventPage () {
  return <EventScreen Scan={ScanView} />
}
