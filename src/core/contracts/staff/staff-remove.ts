import { z } from 'zod'
import { defineContract } from '../contract'
import { Openid } from '../shared'

export const StaffRemoveInput = z.object({ openid: Openid }).strict()
export const StaffRemoveOutput = z.object({ openid: z.string(), removed: z.literal(true) })
export type StaffRemoveOutput = z.infer<typeof StaffRemoveOutput>

/** Remove a staff member (admin only; never oneself or a configured admin). */
export const staffRemoveContract = defineContract({ fn: 'staff', action: 'staff-remove', input: StaffRemoveInput, output: StaffRemoveOutput })
