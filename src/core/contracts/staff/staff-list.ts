import { z } from 'zod'
import { defineContract } from '../contract'
import { StaffRoleSchema } from '../shared'

export const StaffListInput = z.object({}).strict()
export const StaffMemberView = z.object({ openid: z.string(), role: StaffRoleSchema, name: z.string(), addedAt: z.string().nullable(), fromEnvironment: z.boolean() })
export type StaffMemberView = z.infer<typeof StaffMemberView>
/** An invite not yet redeemed (its code is never shown again; `id` is its keyed hash). */
export const PendingInviteView = z.object({ id: z.string(), name: z.string(), role: StaffRoleSchema, createdAt: z.string(), expiresAt: z.string() })
export type PendingInviteView = z.infer<typeof PendingInviteView>
export const StaffListOutput = z.object({ members: z.array(StaffMemberView), invites: z.array(PendingInviteView) })
export type StaffListOutput = z.infer<typeof StaffListOutput>

/** Staff management (admin only): who is staff, including the admins from configuration, and the invites still open. */
export const staffListContract = defineContract({ fn: 'staff', action: 'staff-list', input: StaffListInput, output: StaffListOutput })
