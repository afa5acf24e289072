/** Resubmit after a return: back to the same queue (or to 'amending' for an amendment). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { submitContent } from '../../services/submission'
import { ResubmitInput, type ResubmitOutput } from './resubmit.schema'

export const resubmit = defineAction({
  input: ResubmitInput,
  allow: SIGNED_IN,
  handler: async (input, ctx): Promise<ResubmitOutput> => submitContent(requireUser(ctx), 'resubmit', input)
})
