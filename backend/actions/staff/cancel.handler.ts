/** The office's cancellation (注销) of an approved filing — admins only, with a reason (core). */
import { ADMIN, defineAction } from '../../entry/action'
import { runTransition } from '../../services/transition'
import { StaffCancelInput, type StaffCancelOutput } from './cancel.schema'

export const staffCancel = defineAction({
  input: StaffCancelInput,
  allow: ADMIN,
  handler: async (input, ctx): Promise<StaffCancelOutput> =>
    runTransition(ctx, { id: input.id, version: input.version, command: { type: 'office-cancel', reason: input.reason } })
})
