/** Anyone checks a 备案证明 (its QR code or link) against the register. */
import { defineAction } from '../../entry/action'
import { verifyCertificate } from '../../services/trust/certificates'
import { VerifyCertificateInput, type VerifyCertificateOutput } from './verify-certificate.schema'

export const verifyCertificateAction = defineAction({
  input: VerifyCertificateInput,
  allow: ['anonymous', 'applicant', 'reviewer', 'admin'],
  handler: async (input, ctx): Promise<VerifyCertificateOutput> => verifyCertificate(ctx, input.code)
})
