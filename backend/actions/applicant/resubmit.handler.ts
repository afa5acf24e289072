/** Resubmit after a return: back to the same queue (or to 'amending' for an amendment). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { submitContent } from '../../services/submission'
import { resubmitContract } from '../../core'

export const resubmit = defineAction({
  contract: resubmitContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => submitContent(requireUser(ctx), 'resubmit', input)
})
