/** The office's cancellation (注销) of an approved filing — admins only, with a reason (core). */
import { staffCancelContract } from '../../core'
import { ADMIN, defineAction } from '../../entry/action'
import { runTransition } from '../../services/transition'

export const staffCancel = defineAction({
  contract: staffCancelContract,
  allow: ADMIN,
  handler: async (input, ctx) =>
    runTransition(ctx, { id: input.id, version: input.version, command: { type: 'office-cancel', reason: input.reason } })
})
