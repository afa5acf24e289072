/**
 * Withdraw before a decision. A withdrawn amendment falls back to the approved version, so
 * the working content is restored from it.
 */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { ownerOrOther, requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'
import { restoreApproved } from '../../services/snapshots'
import { withdrawContract } from '../../core'

export const withdraw = defineAction({
  contract: withdrawContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    return runTransition(ctx, {
      id: input.id,
      version: input.version,
      action: 'withdraw',
      payload: { reason: input.reason },
      roleFor: ownerOrOther(ctx),
      patch: (cur, event) => (event.to === 'approved' ? restoreApproved(cur) : { reviewDueDate: null })
    })
  }
})
