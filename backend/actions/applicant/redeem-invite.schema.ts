import { z } from 'zod'
import { fieldSchemas } from '../../core'

/**
 * The invitee gives their ID number and mobile with the code: kept only as the keyed hash (and
 * the mobile), so separation of duties can keep them out of filings naming them (core recusal).
 */
export const RedeemInviteInput = z
  .object({
    code: z.string({ required_error: '请输入邀请码' }).trim().toUpperCase().regex(/^[A-Z0-9]{6,16}$/, '邀请码应为6至16位字母或数字，请核对'),
    idNumber: fieldSchemas.residentId('本人身份证号码'),
    mobile: fieldSchemas.mobile('本人手机号码')
  })
  .strict()
export interface RedeemInviteOutput {
  role: 'reviewer' | 'admin'
  staffName: string
}
