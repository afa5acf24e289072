import { z } from 'zod'
import { defineContract } from '../contract'

const Phone = z.string({ required_error: '请填写手机号码', invalid_type_error: '请填写手机号码' }).trim().min(1, '请填写手机号码').max(30, '手机号码过长，请核对')

export const PhoneCodeSendInput = z.object({ phone: Phone }).strict()
export const PhoneCodeSendOutput = z.object({
  /** Masked: the screen repeats where the code went. */
  sentTo: z.string(),
  expiresInSeconds: z.number().int(),
  resendAfterSeconds: z.number().int()
})
/** Sends an SMS verification code to a mobile (throttled per phone and per user). */
export const phoneCodeSendContract = defineContract({ fn: 'applicant', action: 'phone-code-send', input: PhoneCodeSendInput, output: PhoneCodeSendOutput })

export const PhoneCodeVerifyInput = z
  .object({
    phone: Phone,
    code: z.string({ required_error: '请输入短信验证码' }).trim().regex(/^\d{6}$/, '验证码为6位数字，请核对')
  })
  .strict()
export const PhoneCodeVerifyOutput = z.object({ verified: z.literal(true), phone: z.string() })
/** Checks a typed SMS code (expiring, five tries, works once). */
export const phoneCodeVerifyContract = defineContract({ fn: 'applicant', action: 'phone-code-verify', input: PhoneCodeVerifyInput, output: PhoneCodeVerifyOutput })

export const PhoneStatusInput = z.object({ phones: z.array(Phone).max(4, '一次最多查询4个号码') }).strict()
/** The phones given (as typed) that the caller has proven by SMS. */
export const PhoneStatusOutput = z.object({ verified: z.array(z.string()) })
export const phoneStatusContract = defineContract({ fn: 'applicant', action: 'phone-status', input: PhoneStatusInput, output: PhoneStatusOutput })
