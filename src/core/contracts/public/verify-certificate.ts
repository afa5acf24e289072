import { z } from 'zod'
import { defineContract } from '../contract'
import { CertificateCheckSchema } from '../trust'

export const VerifyCertificateInput = z
  .object({
    /** The code, or a link or QR text that carries it. */
    code: z.string({ required_error: '请扫描备案证明上的二维码，或粘贴证明编码' }).trim().min(1, '请扫描备案证明上的二维码，或粘贴证明编码').max(600, '证明编码过长，请核对')
  })
  .strict()

/** Anyone checks a 备案证明 (its QR code or link) against the register. */
export const verifyCertificateContract = defineContract({ fn: 'public', action: 'verify-certificate', input: VerifyCertificateInput, output: CertificateCheckSchema })
