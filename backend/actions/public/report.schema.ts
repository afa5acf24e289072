import { z } from 'zod'
import { FileIdSchema, MAX_REPORT_EVIDENCE, REPORT_REASONS } from '../../core'
import { Subscribed } from '../shared.schema'

export const ReportInput = z
  .object({
    platform: z.string().min(1, '请选择平台').max(32, '平台无效，请重新选择'),
    accountName: z.string().trim().min(1, '请输入被举报的账号名称').max(50, '账号名称不能超过50个字'),
    reason: z.enum(REPORT_REASONS, { errorMap: () => ({ message: '请选择举报类型' }) }),
    details: z.string().trim().max(1000, '补充说明不能超过1000个字，请精简').default(''),
    /** Up to three screenshots, uploaded first to the reporter's own folder. */
    evidence: z
      .array(FileIdSchema, { invalid_type_error: '举报截图无效，请重新上传' })
      .max(MAX_REPORT_EVIDENCE, `举报截图最多${MAX_REPORT_EVIDENCE}张，请删除多余的`)
      .refine((ids) => new Set(ids).size === ids.length, { message: '举报截图有重复，请删除重复的' })
      .default([]),
    /** Template ids the reporter accepted for "report handled". */
    subscribed: Subscribed
  })
  .strict()
export interface ReportOutput {
  id: string
  /** 受理编号, e.g. 'JB-2026-000123'. */
  receiptNumber: string
  message: string
}
