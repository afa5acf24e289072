import { z } from 'zod'
import { defineContract } from '../contract'

export const OfficeStatusInput = z.object({}).strict()
export const OfficeStatusOutput = z.object({
  open: z.boolean(),
  /** e.g. '办公中（至12:00）' or '非办公时间，下次办公：明天 08:30'. */
  label: z.string(),
  nextOpening: z.string().nullable()
})
export type OfficeStatusOutput = z.infer<typeof OfficeStatusOutput>

/** Is the office open right now, by the server's clock and the holiday calendar. */
export const officeStatusContract = defineContract({ fn: 'public', action: 'office-status', input: OfficeStatusInput, output: OfficeStatusOutput })
