/** Anyone checks a 备案证明 (its QR code or link) against the register. */
import { verifyCertificateContract } from '../../core'
import { defineAction } from '../../entry/action'
import { verifyCertificate } from '../../services/trust/certificates'

export const verifyCertificateAction = defineAction({
  contract: verifyCertificateContract,
  allow: ['anonymous', 'applicant', 'reviewer', 'admin'],
  handler: async (input, ctx) => verifyCertificate(ctx, input.code)
})
