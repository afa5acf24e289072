import { z } from 'zod'
import { defineContract } from '../contract'
import { FilingId } from '../shared'

export const OwnershipCodesInput = z
  .object({
    id: FilingId,
    /** Account keys (core's accountKey) of the accounts on screen, saved or not. */
    keys: z.array(z.string().min(1).max(300)).max(50, '一次最多50个账号')
  })
  .strict()
export const OwnershipCodesOutput = z.object({ items: z.array(z.object({ key: z.string(), code: z.string(), phrase: z.string() })) })

/** The verification code of each account of the caller's filing (stable per filing and account). */
export const ownershipCodesContract = defineContract({ fn: 'applicant', action: 'ownership-codes', input: OwnershipCodesInput, output: OwnershipCodesOutput })
