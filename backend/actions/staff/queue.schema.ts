import { z } from 'zod'
import { FilingStatusSchema } from '../../core'
import type { QueueItem } from '../../services/views'

export type { QueueItem }

const Status = z.union([FilingStatusSchema, z.array(FilingStatusSchema).min(1).max(8)], { errorMap: () => ({ message: '状态筛选无效，请重新选择' }) })

/** Filters shared by the queue and the export. */
export const QueueFilterInput = z
  .object({
    status: Status.optional(),
    platform: z.string().max(32, '平台筛选无效').optional(),
    subjectType: z.enum(['individual', 'company', 'public_body'], { errorMap: () => ({ message: '主体类型筛选无效' }) }).optional(),
    town: z.string().max(50, '镇街筛选无效').optional(),
    overdue: z.boolean().optional(),
    q: z.string().trim().max(50, '搜索内容不能超过50个字').optional()
  })
  .strict()

export const QueueInput = QueueFilterInput.extend({
  cursor: z.string().max(400, '翻页参数无效，请刷新').optional(),
  limit: z.number().int().min(1).max(100, '每页最多100条').default(20)
}).strict()

export interface QueueOutput {
  items: QueueItem[]
  nextCursor: string | null
}
