import { z } from 'zod'
import type { CertificateCheck } from '../../core'

export const VerifyCertificateInput = z
  .object({
    /** The code, or a link or QR text that carries it. */
    code: z.string({ required_error: '请扫描备案证明上的二维码，或粘贴证明编码' }).trim().min(1, '请扫描备案证明上的二维码，或粘贴证明编码').max(600, '证明编码过长，请核对')
  })
  .strict()

export type VerifyCertificateOutput = CertificateCheck
