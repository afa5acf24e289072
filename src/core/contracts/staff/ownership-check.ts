import { z } from 'zod'
import { OWNERSHIP_CHECKS } from '../../trust/ownership'
import { defineContract } from '../contract'
import { FilingId } from '../shared'

const Tick = z.boolean({ invalid_type_error: '核验项只能是“是”或“否”' }).optional()

export const OwnershipCheckInput = z
  .object({
    id: FilingId,
    accountKey: z.string({ required_error: '缺少账号' }).min(1, '缺少账号').max(300, '账号无效'),
    checks: z.object(Object.fromEntries(OWNERSHIP_CHECKS.map((k) => [k, Tick])) as Record<(typeof OWNERSHIP_CHECKS)[number], typeof Tick>).strict(),
    note: z.string().trim().max(200, '备注不能超过200个字').default('')
  })
  .strict()
export const OwnershipCheckOutput = z.object({
  accountKey: z.string(),
  checks: z.record(z.boolean()),
  state: z.enum(['open', 'done', 'failed']),
  checkedAt: z.string()
})

/** A reviewer records the ownership checklist of one account; every change is audited. */
export const ownershipCheckContract = defineContract({ fn: 'staff', action: 'ownership-check', input: OwnershipCheckInput, output: OwnershipCheckOutput })
