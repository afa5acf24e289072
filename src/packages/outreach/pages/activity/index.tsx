import { ActivityScreen } from '../../../../features/outreach/ActivityScreen'
import { QrCode } from '../../../../features/trust/qr'

/** Route file: one event for the operator (sign-up, the check-in QR code, materials). */
export default function ActivityPage () {
  return <ActivityScreen Qr={QrCode} />
}
