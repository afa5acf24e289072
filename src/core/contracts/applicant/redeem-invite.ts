import { z } from 'zod'
import { mobile, residentId } from '../../schemas/fields'
import { defineContract } from '../contract'
import { StaffRoleSchema } from '../shared'

export const RedeemInviteInput = z
  .object({
    code: z.string({ required_error: '请输入邀请码' }).trim().toUpperCase().regex(/^[A-Z0-9]{6,16}$/, '邀请码应为6至16位字母或数字，请核对'),
    /** Kept only as its keyed hash, with the mobile, so separation of duties can recognise the person. */
    idNumber: residentId('本人身份证号码'),
    mobile: mobile('本人手机号码')
  })
  .strict()
export const RedeemInviteOutput = z.object({ role: StaffRoleSchema, staffName: z.string() })
export type RedeemInviteOutput = z.infer<typeof RedeemInviteOutput>

/** A person invited by an admin becomes staff with a one-time code (5 tries a day per caller). */
export const redeemInviteContract = defineContract({ fn: 'applicant', action: 'redeem-invite', input: RedeemInviteInput, output: RedeemInviteOutput })
