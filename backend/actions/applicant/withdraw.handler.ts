/** Withdraw before a decision (a withdrawn amendment falls back to the approved version: core). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'
import { WithdrawInput, type WithdrawOutput } from './withdraw.schema'

export const withdraw = defineAction({
  input: WithdrawInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<WithdrawOutput> =>
    runTransition(requireUser(raw), { id: input.id, version: input.version, command: { type: 'withdraw', reason: input.reason } })
})
