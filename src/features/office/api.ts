import { officeStatusContract, type OfficeStatusOutput } from '../../core/contracts/public/office-status'
import { call } from '../../services/api'

export type OfficeStatus = OfficeStatusOutput

/** Whether the office is open now, by the server's clock and the statutory holiday calendar. */
export function loadOfficeStatus (): Promise<OfficeStatus> {
  return call(officeStatusContract, {})
}
