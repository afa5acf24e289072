import { z } from 'zod'
import { OWNERSHIP_CHECKS, type OwnershipChecklist } from '../../core'
import { FilingId } from '../shared.schema'

const Tick = z.boolean({ invalid_type_error: '核验项只能是“是”或“否”' }).optional()

export const OwnershipCheckInput = z
  .object({
    id: FilingId,
    accountKey: z.string({ required_error: '缺少账号' }).min(1, '缺少账号').max(300, '账号无效'),
    checks: z.object(Object.fromEntries(OWNERSHIP_CHECKS.map((k) => [k, Tick])) as Record<(typeof OWNERSHIP_CHECKS)[number], typeof Tick>).strict(),
    note: z.string().trim().max(200, '备注不能超过200个字').default('')
  })
  .strict()

export interface OwnershipCheckOutput {
  accountKey: string
  checks: OwnershipChecklist
  state: 'open' | 'done' | 'failed'
  checkedAt: string
}
