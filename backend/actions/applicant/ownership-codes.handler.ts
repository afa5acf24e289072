/** The verification code of each account of the caller's filing (stable per filing and account). */
import { ownershipCodesContract, ownershipPhrase } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { ownershipCode } from '../../services/trust/ownership'

export const ownershipCodes = defineAction({
  contract: ownershipCodesContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
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
