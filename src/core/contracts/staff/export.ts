import { z } from 'zod'
import { defineContract } from '../contract'
import { QueueFilterInput } from './queue'

/** The current queue filter; `full` (admins only, audited) exports unmasked personal data. */
export const ExportInput = QueueFilterInput.extend({ full: z.boolean().default(false) }).strict()

/** Where an export can be fetched, and until when it exists. */
export const ExportLinkOutput = z.object({
  /** Pass to export-link (a fresh link) and export-done (delete now). */
  exportId: z.string(),
  /** weapp downloads by fileId (wx.cloud.downloadFile), so no download domain is needed. */
  fileId: z.string(),
  /** One-time, 10-minute link (h5). */
  url: z.string(),
  expiresInSeconds: z.number().int(),
  /** The file is deleted at the latest at this instant (ISO). */
  deleteBy: z.string()
})
export type ExportLinkOutput = z.infer<typeof ExportLinkOutput>

export const ExportOutput = ExportLinkOutput.extend({
  fileName: z.string(),
  rows: z.number().int(),
  filings: z.number().int()
})
export type ExportOutput = z.infer<typeof ExportOutput>

/** Export the current filter to .xlsx, delivered once and then deleted. Audited. */
export const exportContract = defineContract({ fn: 'staff', action: 'export', input: ExportInput, output: ExportOutput })
