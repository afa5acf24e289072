import { z } from 'zod'
import { FilingId } from '../shared.schema'

export const OwnershipCodesInput = z
  .object({
    id: FilingId,
    /** Account keys (core's accountKey) of the accounts on screen, saved or not. */
    keys: z.array(z.string().min(1).max(300)).max(50, '一次最多50个账号')
  })
  .strict()

export interface OwnershipCodesOutput {
  items: Array<{ key: string; code: string; phrase: string }>
}
