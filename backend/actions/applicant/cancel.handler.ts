/** Cancel (注销) an approved filing; the number is never reused. */
import { cancelContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'

export const cancel = defineAction({
  contract: cancelContract,
  allow: SIGNED_IN,
  handler: async (input, raw) =>
    runTransition(requireUser(raw), { id: input.id, version: input.version, command: { type: 'cancel', reason: input.reason } })
})
