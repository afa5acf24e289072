import { z } from 'zod'

export const OfficeStatusInput = z.object({}).strict()
export interface OfficeStatusOutput {
  open: boolean
  /** e.g. '办公中（至12:00）' or '非办公时间，下次办公：明天 08:30'. */
  label: string
  nextOpening: string | null
}
