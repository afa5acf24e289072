import { z } from 'zod'
import { REPORT_DETAILS_MAX, ReportReasonSchema } from '../../schemas/report'
import { multilineText, visible } from '../../schemas/fields'
import { defineContract } from '../contract'
import { ACCOUNT_NAME_MAX, PlatformInput, Subscribed } from '../shared'
import { FileIdSchema } from '../../supervision/common'
import { MAX_REPORT_EVIDENCE } from '../../supervision/report'

export const ReportInput = z
  .object({
    platform: PlatformInput,
    accountName: visible(z.string().trim().min(1, '请输入被举报的账号名称').max(ACCOUNT_NAME_MAX, `账号名称不能超过${ACCOUNT_NAME_MAX}个字`), '账号名称'),
    reason: ReportReasonSchema,
    details: multilineText('补充说明', REPORT_DETAILS_MAX).default(''),
    /** Up to three screenshots, uploaded and ingested first (attachment-location, ingest-document). */
    evidence: z
      .array(FileIdSchema, { invalid_type_error: '举报截图无效，请重新上传' })
      .max(MAX_REPORT_EVIDENCE, `举报截图最多${MAX_REPORT_EVIDENCE}张，请删除多余的`)
      .refine((ids) => new Set(ids).size === ids.length, { message: '举报截图有重复，请删除重复的' })
      .default([]),
    /** Template ids the reporter accepted for "report handled". */
    subscribed: Subscribed
  })
  .strict()
export type ReportInput = z.input<typeof ReportInput>
export const ReportOutput = z.object({
  id: z.string(),
  /** 受理编号, e.g. 'JB-2026-000123'. */
  receiptNumber: z.string(),
  message: z.string()
})
export type ReportOutput = z.infer<typeof ReportOutput>

/** Report (举报) an account; needs a signed-in caller (follow-up and a daily limit). */
export const reportContract = defineContract({ fn: 'public', action: 'report', input: ReportInput, output: ReportOutput })
