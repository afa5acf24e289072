import { z } from 'zod'
import type { ReceiptView } from '../../services/supervision/views'

export const ReceiptInput = z.object({ receiptNumber: z.string({ required_error: '请输入受理编号' }).trim().min(4, '请输入完整的受理编号').max(40, '受理编号过长，请核对') }).strict()
export interface ReceiptOutput {
  receipt: ReceiptView
}
export const MyReportsInput = z.object({}).strict()
export interface MyReportsOutput {
  items: ReceiptView[]
}
export const NoticesInput = z.object({ limit: z.number().int().min(1).max(100).default(50) }).strict()
export interface NoticesOutput {
  items: Array<{ caseNumber: string; name: string; measure: string; publishedAt: string }>
}
