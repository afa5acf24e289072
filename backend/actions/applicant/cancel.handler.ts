/** Cancel (注销) an approved filing; the number is never reused. */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { ownerOrOther, requireUser } from '../../services/filings'
import { runTransition } from '../../services/transition'
import { CancelInput, type CancelOutput } from './cancel.schema'

export const cancel = defineAction({
  input: CancelInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<CancelOutput> => {
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
