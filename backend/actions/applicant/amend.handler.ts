/** Amend an approved filing (变更备案). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { submitContent } from '../../services/submission'
import { amendContract } from '../../core'

export const amend = defineAction({
  contract: amendContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => submitContent(requireUser(ctx), 'amend', input)
})
