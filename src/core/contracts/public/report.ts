import { z } from 'zod'
import { REPORT_DETAILS_MAX, ReportReasonSchema } from '../../schemas/report'
import { multilineText, visible } from '../../schemas/fields'
import { defineContract } from '../contract'
import { ACCOUNT_NAME_MAX, PlatformInput } from '../shared'

export const ReportInput = z
  .object({
    platform: PlatformInput,
    accountName: visible(z.string().trim().min(1, '请输入被举报的账号名称').max(ACCOUNT_NAME_MAX, `账号名称不能超过${ACCOUNT_NAME_MAX}个字`), '账号名称'),
    reason: ReportReasonSchema,
    details: multilineText('补充说明', REPORT_DETAILS_MAX).default('')
  })
  .strict()
export type ReportInput = z.input<typeof ReportInput>
export const ReportOutput = z.object({ id: z.string(), message: z.string() })
export type ReportOutput = z.infer<typeof ReportOutput>

/** Report (举报) an account; needs a signed-in caller (follow-up and a daily limit). */
export const reportContract = defineContract({ fn: 'public', action: 'report', input: ReportInput, output: ReportOutput })
