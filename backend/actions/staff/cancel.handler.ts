/** Admin-initiated cancellation (注销) — core allows it for admins only, with a reason. */
import { ADMIN, defineAction } from '../../entry/action'
import { runTransition } from '../../services/transition'
import { staffCancelContract } from '../../core'

export const staffCancel = defineAction({
  contract: staffCancelContract,
  allow: ADMIN,
  handler: async (input, ctx) =>
    runTransition(ctx, {
      id: input.id,
      version: input.version,
      action: 'cancel',
      payload: { reason: input.reason },
      roleFor: () => 'admin',
      patch: () => ({ decidedAt: ctx.now.toISOString() })
    })
})
