/** The verification code of each account of the caller's filing (stable per filing and account). */
import { ownershipPhrase } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { ownershipCode } from '../../services/trust/ownership'
import { OwnershipCodesInput, type OwnershipCodesOutput } from './ownership-codes.schema'

export const ownershipCodes = defineAction({
  input: OwnershipCodesInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<OwnershipCodesOutput> => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    return {
      items: [...new Set(input.keys)].map((key) => {
        const code = ownershipCode(ctx, rec.id, key)
        return { key, code, phrase: ownershipPhrase(ctx.rt.config.office.shortName, code) }
      })
    }
  }
})
