/** The public side of supervision: the reporter's receipt and reports, and the 公示 list. */
import { z } from 'zod'
import { defineContract } from '../contract'
import { PublicNoticeItem, ReceiptView } from '../supervision/views'

export const ReceiptInput = z.object({ receiptNumber: z.string({ required_error: '请输入受理编号' }).trim().min(4, '请输入完整的受理编号').max(40, '受理编号过长，请核对') }).strict()
/** The reporter's own receipt (anyone else's number answers "not found"). */
export const receiptContract = defineContract({ fn: 'public', action: 'receipt', input: ReceiptInput, output: z.object({ receipt: ReceiptView }) })
export const myReportsContract = defineContract({ fn: 'public', action: 'my-reports', input: z.object({}).strict(), output: z.object({ items: z.array(ReceiptView) }) })
/** 公示: exactly what the office chose to publish, while it is live; anyone may read it. */
export const noticesContract = defineContract({ fn: 'public', action: 'notices', input: z.object({ limit: z.number().int().min(1).max(100).default(50) }).strict(), output: z.object({ items: z.array(PublicNoticeItem) }) })
