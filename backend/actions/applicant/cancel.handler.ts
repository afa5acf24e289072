/** Cancel (注销) an approved filing; the number is never reused. */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'
import { CancelInput, type CancelOutput } from './cancel.schema'

export const cancel = defineAction({
  input: CancelInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<CancelOutput> =>
    runTransition(requireUser(raw), { id: input.id, version: input.version, command: { type: 'cancel', reason: input.reason } })
})
