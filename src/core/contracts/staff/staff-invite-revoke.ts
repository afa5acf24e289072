import { z } from 'zod'
import { defineContract } from '../contract'

export const StaffInviteRevokeInput = z
  .object({ id: z.string({ required_error: '缺少邀请编号，请刷新后重试' }).min(1, '缺少邀请编号，请刷新后重试').max(128, '邀请编号无效，请刷新后重试') })
  .strict()
export const StaffInviteRevokeOutput = z.object({ id: z.string(), revoked: z.literal(true) })

/** Withdraws an invite nobody has redeemed yet (admin only): its code stops working. */
export const staffInviteRevokeContract = defineContract({ fn: 'staff', action: 'staff-invite-revoke', input: StaffInviteRevokeInput, output: StaffInviteRevokeOutput })
