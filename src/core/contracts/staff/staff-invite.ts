import { z } from 'zod'
import { personName } from '../../schemas/fields'
import { defineContract } from '../contract'
import { StaffRoleSchema } from '../shared'

export const StaffInviteInput = z
  .object({ name: personName('工作人员姓名'), role: z.enum(StaffRoleSchema.options, { errorMap: () => ({ message: '请选择角色（审核员或管理员）' }) }).default('reviewer') })
  .strict()
export const StaffInviteOutput = z.object({
  /** Shown once to the admin, who passes it on; only its hash is stored. */
  code: z.string(),
  expiresAt: z.string()
})
export type StaffInviteOutput = z.infer<typeof StaffInviteOutput>

/** Invite a person as staff with a one-time code (admin only). */
export const staffInviteContract = defineContract({ fn: 'staff', action: 'staff-invite', input: StaffInviteInput, output: StaffInviteOutput })
