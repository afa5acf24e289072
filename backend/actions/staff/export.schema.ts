import { z } from 'zod'
import { QueueFilterInput } from './queue.schema'

/** The current queue filter; `full` (admins only, audited) exports unmasked personal data. */
export const ExportInput = QueueFilterInput.extend({ full: z.boolean().default(false) }).strict()
export interface ExportOutput {
  url: string
  fileName: string
  rows: number
  filings: number
  expiresInSeconds: number
}
