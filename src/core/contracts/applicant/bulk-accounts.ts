/** Many accounts at once from the .xlsx template (issue 12 §7): the template, and the import into a draft. */
import { z } from 'zod'
import { defineContract } from '../contract'
import { FilingId, Version } from '../shared'

/** About 140 KB of .xlsx: a full template of 50 accounts is a tenth of it, and the event stays under its 256 KB. */
export const BULK_FILE_MAX_CHARS = 190_000

export const BulkTemplateInput = z.object({}).strict()
export const BulkTemplateOutput = z.object({ fileName: z.string(), base64: z.string(), columns: z.array(z.string()) })
export type BulkTemplateOutput = z.infer<typeof BulkTemplateOutput>
export const bulkTemplateContract = defineContract({ fn: 'applicant', action: 'bulk-template', input: BulkTemplateInput, output: BulkTemplateOutput })

export const BulkAccountsInput = z
  .object({
    id: FilingId,
    version: Version,
    /** The .xlsx, base64. */
    file: z
      .string({ required_error: '请选择要导入的Excel文件' })
      .min(1, '请选择要导入的Excel文件')
      .max(BULK_FILE_MAX_CHARS, '文件过大，请分批导入（每次不超过约100 KB）')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, '文件内容无效，请重新选择')
  })
  .strict()
const BulkProblemView = z.object({ row: z.number().nullable(), column: z.string().nullable(), message: z.string(), text: z.string() })
export const BulkAccountsOutput = z.object({
  id: z.string(),
  version: z.number(),
  /** 0 whenever any problem is listed: nothing partial is added. */
  added: z.number(),
  total: z.number(),
  problems: z.array(BulkProblemView)
})
export type BulkAccountsOutput = z.infer<typeof BulkAccountsOutput>
export const bulkAccountsContract = defineContract({ fn: 'applicant', action: 'bulk-accounts', input: BulkAccountsInput, output: BulkAccountsOutput })
