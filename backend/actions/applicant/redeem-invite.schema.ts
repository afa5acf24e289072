import { z } from 'zod'

export const RedeemInviteInput = z
  .object({ code: z.string({ required_error: '请输入邀请码' }).trim().toUpperCase().regex(/^[A-Z0-9]{6,16}$/, '邀请码应为6至16位字母或数字，请核对') })
  .strict()
export interface RedeemInviteOutput {
  role: 'reviewer' | 'admin'
  staffName: string
}
