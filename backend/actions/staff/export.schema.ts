import { z } from 'zod'
import { QueueFilterInput } from './queue.schema'

/** The current queue filter; `full` (admins only, audited) exports unmasked personal data. */
export const ExportInput = QueueFilterInput.extend({ full: z.boolean().default(false) }).strict()
export interface ExportOutput {
  /** Pass to export-link (a fresh link) and export-done (delete now). */
  exportId: string
  /** weapp downloads by fileId (wx.cloud.downloadFile), so no download domain is needed. */
  fileId: string
  /** One-time, 10-minute link (h5). */
  url: string
  fileName: string
  rows: number
  filings: number
  expiresInSeconds: number
  /** The file is deleted at the latest at this instant (ISO). */
  deleteBy: string
}

export const ExportRefInput = z.object({ exportId: z.string().min(1, '缺少导出编号').max(64, '导出编号无效') }).strict()
export type ExportLinkOutput = Omit<ExportOutput, 'fileName' | 'rows' | 'filings'>
export interface ExportDoneOutput {
  deleted: boolean
}
