import { z } from 'zod'
import { defineContract } from '../contract'
import { StaffRoleSchema } from '../shared'

export const StaffListInput = z.object({}).strict()
export const StaffMemberView = z.object({ openid: z.string(), role: StaffRoleSchema, name: z.string(), addedAt: z.string().nullable(), fromEnvironment: z.boolean() })
export type StaffMemberView = z.infer<typeof StaffMemberView>
export const StaffListOutput = z.object({ members: z.array(StaffMemberView) })
export type StaffListOutput = z.infer<typeof StaffListOutput>

/** Staff management (admin only): who is staff, including the admins from configuration. */
export const staffListContract = defineContract({ fn: 'staff', action: 'staff-list', input: StaffListInput, output: StaffListOutput })
