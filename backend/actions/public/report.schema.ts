import { z } from 'zod'
import { fieldSchemas } from '../../core'

export const REPORT_REASONS = ['未备案', '发布谣言或虚假信息', '冒用本地名义', '违法违规内容', '其他'] as const

export const ReportInput = z
  .object({
    platform: z.string().min(1, '请选择平台').max(32, '平台无效，请重新选择'),
    accountName: fieldSchemas.visible(z.string().trim().min(1, '请输入被举报的账号名称').max(50, '账号名称不能超过50个字'), '账号名称'),
    reason: z.enum(REPORT_REASONS, { errorMap: () => ({ message: '请选择举报类型' }) }),
    details: fieldSchemas.multilineText('补充说明', 1000).default('')
  })
  .strict()
export interface ReportOutput {
  id: string
  message: string
}
