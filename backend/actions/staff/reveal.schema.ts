import { z } from 'zod'
import { SENSITIVE_PATHS } from '../../services/sealing'
import { FilingId } from '../shared.schema'

export const RevealInput = z
  .object({
    id: FilingId,
    field: z.enum(SENSITIVE_PATHS, { errorMap: () => ({ message: '只能查看主体或运维负责人的身份证号码' }) }),
    /** Which version: the one under review (default) or the approved one. */
    snapshot: z.enum(['working', 'approved']).default('working')
  })
  .strict()
export interface RevealOutput {
  field: string
  value: string | null
}
