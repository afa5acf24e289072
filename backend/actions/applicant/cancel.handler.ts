/** Cancel (注销) an approved filing; the number is never reused. */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { ownerOrOther, requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'
import { cancelContract } from '../../core'

export const cancel = defineAction({
  contract: cancelContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    return runTransition(ctx, {
      id: input.id,
      version: input.version,
      action: 'cancel',
      payload: { reason: input.reason },
      roleFor: ownerOrOther(ctx),
      patch: () => ({ decidedAt: ctx.now.toISOString() })
    })
  }
})
