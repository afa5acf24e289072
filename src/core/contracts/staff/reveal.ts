import { z } from 'zod'
import { SENSITIVE_PATHS } from '../../schemas/sensitive-paths'
import { defineContract } from '../contract'
import { FilingId } from '../shared'

export const RevealInput = z
  .object({
    id: FilingId,
    field: z.enum(SENSITIVE_PATHS, { errorMap: () => ({ message: '只能查看主体或运维负责人的身份证号码' }) }),
    /** Which version: the one under review (default) or the approved one. */
    snapshot: z.enum(['working', 'approved']).default('working')
  })
  .strict()
export const RevealOutput = z.object({ field: z.enum(SENSITIVE_PATHS), value: z.string().nullable() })
export type RevealOutput = z.infer<typeof RevealOutput>

/** Staff reveal one masked ID number; every reveal is audited. */
export const revealContract = defineContract({ fn: 'staff', action: 'reveal', input: RevealInput, output: RevealOutput })
