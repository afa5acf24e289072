/** Withdraw before a decision (a withdrawn amendment falls back to the approved version: core). */
import { withdrawContract } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'

export const withdraw = defineAction({
  contract: withdrawContract,
  allow: SIGNED_IN,
  handler: async (input, raw) =>
    runTransition(requireUser(raw), { id: input.id, version: input.version, command: { type: 'withdraw', reason: input.reason } })
})
