/** Submit a draft for review (idempotent per requestId). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { submitContent } from '../../services/submission'
import { SubmitInput, type SubmitOutput } from './submit.schema'

export const submit = defineAction({
  input: SubmitInput,
  allow: SIGNED_IN,
  handler: async (input, ctx): Promise<SubmitOutput> => submitContent(requireUser(ctx), 'submit', input)
})
