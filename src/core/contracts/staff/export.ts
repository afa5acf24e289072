import { z } from 'zod'
import { defineContract } from '../contract'
import { QueueFilterInput } from './queue'

/** The current queue filter; `full` (admins only, audited) exports unmasked personal data. */
export const ExportInput = QueueFilterInput.extend({ full: z.boolean().default(false) }).strict()
export const ExportOutput = z.object({
  url: z.string(),
  fileName: z.string(),
  rows: z.number().int(),
  filings: z.number().int(),
  expiresInSeconds: z.number().int()
})
export type ExportOutput = z.infer<typeof ExportOutput>

/** Export the current filter to .xlsx; answers a short-lived link. Audited. */
export const exportContract = defineContract({ fn: 'staff', action: 'export', input: ExportInput, output: ExportOutput })
