import { z } from 'zod'
import { defineContract } from '../contract'
import { FilingId } from '../shared'
import { CertificateViewSchema } from '../trust'

export const CertificateInput = z.object({ id: FilingId }).strict()
export const CertificateOutput = z.object({
  /** What the QR code and a shared link carry; checked by public/verify-certificate. */
  code: z.string(),
  qrText: z.string(),
  certificate: CertificateViewSchema
})
export type CertificateOutput = z.infer<typeof CertificateOutput>

/** The owner's 备案证明: generated from the register for the approval in force, signed. */
export const certificateContract = defineContract({ fn: 'applicant', action: 'certificate', input: CertificateInput, output: CertificateOutput })
