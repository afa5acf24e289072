/** Admin-initiated cancellation (注销) — core allows it for admins only, with a reason. */
import { ADMIN, defineAction } from '../../entry/action'
import { runTransition } from '../../services/transition'
import { StaffCancelInput, type StaffCancelOutput } from './cancel.schema'

export const staffCancel = defineAction({
  input: StaffCancelInput,
  allow: ADMIN,
  handler: async (input, ctx): Promise<StaffCancelOutput> =>
    runTransition(ctx, {
      id: input.id,
      version: input.version,
      action: 'cancel',
      payload: { reason: input.reason },
      roleFor: () => 'admin',
      patch: () => ({ decidedAt: ctx.now.toISOString() })
    })
})
