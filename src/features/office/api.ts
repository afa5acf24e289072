import { z } from 'zod'
import { call } from '../../services/api'

export const OfficeStatusSchema = z.object({
  open: z.boolean(),
  label: z.string(),
  nextOpening: z.string().nullable()
})
export type OfficeStatus = z.infer<typeof OfficeStatusSchema>

/** Whether the office is open now, by the server's clock and the statutory holiday calendar. */
export function loadOfficeStatus (): Promise<OfficeStatus> {
  return call('public', 'office-status', {}, OfficeStatusSchema)
}
