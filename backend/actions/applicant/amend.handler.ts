/** Amend an approved filing (变更备案). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { submitContent } from '../../services/submission'
import { AmendInput, type AmendOutput } from './amend.schema'

export const amend = defineAction({
  input: AmendInput,
  allow: SIGNED_IN,
  handler: async (input, ctx): Promise<AmendOutput> => submitContent(requireUser(ctx), 'amend', input)
})
