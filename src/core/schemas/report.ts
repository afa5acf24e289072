/** What a member of the public may report (举报) an account for. */
import { z } from 'zod'

export const REPORT_REASONS = ['未备案', '发布谣言或虚假信息', '冒用本地名义', '违法违规内容', '其他'] as const
export const ReportReasonSchema = z.enum(REPORT_REASONS, { errorMap: () => ({ message: '请选择举报类型' }) })
export type ReportReason = z.infer<typeof ReportReasonSchema>
/** Longest 补充说明 the backend accepts. */
export const REPORT_DETAILS_MAX = 1000
