import { z } from 'zod'
import type { CertificateView } from '../../core'
import { FilingId } from '../shared.schema'

export const CertificateInput = z.object({ id: FilingId }).strict()

export interface CertificateOutput {
  /** What the QR code and a shared link carry; checked by public/verify-certificate. */
  code: string
  qrText: string
  certificate: CertificateView
}
