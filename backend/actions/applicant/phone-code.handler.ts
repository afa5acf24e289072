/** SMS verification of the subject's and operator's mobiles: send a code, check it, ask which are proven. */
import { normalizeMobile, validateMobile } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { sendPhoneCode, verifiedPhones, verifyPhoneCode } from '../../services/trust/phone-codes'
import { PhoneCodeSendInput, PhoneCodeVerifyInput, PhoneStatusInput, type PhoneCodeSendOutput, type PhoneCodeVerifyOutput, type PhoneStatusOutput } from './phone-code.schema'

export const phoneCodeSend = defineAction({
  input: PhoneCodeSendInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<PhoneCodeSendOutput> => sendPhoneCode(requireUser(raw), input.phone)
})

export const phoneCodeVerify = defineAction({
  input: PhoneCodeVerifyInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<PhoneCodeVerifyOutput> => verifyPhoneCode(requireUser(raw), input.phone, input.code)
})

export const phoneStatus = defineAction({
  input: PhoneStatusInput,
  allow: SIGNED_IN,
  handler: async (input, raw): Promise<PhoneStatusOutput> => {
    const ctx = requireUser(raw)
    const proven = await verifiedPhones(ctx, ctx.caller.openid, input.phones)
    return { verified: input.phones.filter((p) => validateMobile(p).ok && proven.includes(normalizeMobile(p))) }
  }
})
