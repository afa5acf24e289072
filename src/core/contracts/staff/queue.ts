import { z } from 'zod'
import { checkStaffQuery } from '../../filing/search-keys'
import { FilingStatusSchema } from '../../status'
import { defineContract } from '../contract'
import { FilingListItem } from '../shared'

const Status = z.union([FilingStatusSchema, z.array(FilingStatusSchema).min(1).max(8)], { errorMap: () => ({ message: '状态筛选无效，请重新选择' }) })

/** Filters shared by the queue and the export. */
export const QueueFilterInput = z
  .object({
    status: Status.optional(),
    platform: z.string().max(32, '平台筛选无效').optional(),
    subjectType: z.enum(['individual', 'company', 'public_body'], { errorMap: () => ({ message: '主体类型筛选无效' }) }).optional(),
    town: z.string().max(50, '镇街筛选无效').optional(),
    overdue: z.boolean().optional(),
    q: z.string().trim().max(50, '搜索内容不能超过50个字').superRefine((q, ctx) => {
      const c = checkStaffQuery(q)
      if (!c.ok) ctx.addIssue({ code: z.ZodIssueCode.custom, message: c.message })
    }).optional()
  })
  .strict()
export type QueueFilterInput = z.input<typeof QueueFilterInput>

export const QueueInput = QueueFilterInput.extend({
  cursor: z.string().max(400, '翻页参数无效，请刷新').optional(),
  limit: z.number().int().min(1).max(100, '每页最多100条').default(20)
}).strict()

/** A queue row: the list item plus what a reviewer sorts and filters by. */
export const QueueItem = FilingListItem.extend({
  subjectType: z.string().nullable(),
  town: z.string().nullable(),
  townName: z.string().nullable(),
  reviewDueDate: z.string().nullable(),
  /** Working days left for the decision (negative = overdue); null when not under review. */
  reviewDaysLeft: z.number().int().nullable(),
  /** First submitted after its filing due date (逾期备案). */
  filedLate: z.boolean(),
  /** Why this staff member must leave the filing to a colleague (separation of duties), or null. */
  recusal: z.enum(['owner', 'enterer', 'id', 'phone']).nullable()
})
export type QueueItem = z.infer<typeof QueueItem>

export const QueueOutput = z.object({ items: z.array(QueueItem), nextCursor: z.string().nullable() })
export type QueueOutput = z.infer<typeof QueueOutput>

/** The review queue: filters, oldest submission first, sorted-key cursor pagination. */
export const queueContract = defineContract({ fn: 'staff', action: 'queue', input: QueueInput, output: QueueOutput })
