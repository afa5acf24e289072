/** Submit a draft for review (idempotent per requestId). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { submitContent } from '../../services/submission'
import { submitContract } from '../../core'

export const submit = defineAction({
  contract: submitContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => submitContent(requireUser(ctx), 'submit', input)
})
