/** The owner claims a filing staff entered or imported (code, or old number + identity); then it is theirs to amend. */
import { claimFilingContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { claimFilingFor } from '../../services/intake/claims'

export const claimFiling = defineAction({
  contract: claimFilingContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => claimFilingFor(requireUser(ctx), input)
})
