import { z } from 'zod'

const Phone = z.string({ required_error: '请填写手机号码', invalid_type_error: '请填写手机号码' }).trim().min(1, '请填写手机号码').max(30, '手机号码过长，请核对')

export const PhoneCodeSendInput = z.object({ phone: Phone }).strict()
export interface PhoneCodeSendOutput {
  /** Masked: the screen repeats where the code went. */
  sentTo: string
  expiresInSeconds: number
  resendAfterSeconds: number
}

export const PhoneCodeVerifyInput = z
  .object({
    phone: Phone,
    code: z.string({ required_error: '请输入短信验证码' }).trim().regex(/^\d{6}$/, '验证码为6位数字，请核对')
  })
  .strict()
export interface PhoneCodeVerifyOutput {
  verified: true
  phone: string
}

export const PhoneStatusInput = z.object({ phones: z.array(Phone).max(4, '一次最多查询4个号码') }).strict()
export interface PhoneStatusOutput {
  /** The phones given (as typed) that the caller has proven by SMS. */
  verified: string[]
}
