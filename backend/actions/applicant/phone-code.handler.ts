/** SMS verification of the subject's and operator's mobiles: send a code, check it, ask which are proven. */
import { normalizeMobile, phoneCodeSendContract, phoneCodeVerifyContract, phoneStatusContract, validateMobile } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { sendPhoneCode, verifiedPhones, verifyPhoneCode } from '../../services/trust/phone-codes'

export const phoneCodeSend = defineAction({
  contract: phoneCodeSendContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => sendPhoneCode(requireUser(raw), input.phone)
})

export const phoneCodeVerify = defineAction({
  contract: phoneCodeVerifyContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => verifyPhoneCode(requireUser(raw), input.phone, input.code)
})

export const phoneStatus = defineAction({
  contract: phoneStatusContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const proven = await verifiedPhones(ctx, ctx.caller.openid, input.phones)
    return { verified: input.phones.filter((p) => validateMobile(p).ok && proven.includes(normalizeMobile(p))) }
  }
})
