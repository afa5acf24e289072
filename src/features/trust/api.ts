/** Client schemas and calls of the trust actions (backend/actions/{applicant,staff,public}/*trust*). */
import { z } from 'zod'
import type { OcrKind, OwnershipChecklist } from '../../core/trust'
import { call } from '../../services/api'

export const OcrReadSchema = z.object({
  kind: z.enum(['id_front', 'id_back', 'license']),
  read: z.boolean(),
  fields: z.record(z.string()),
  message: z.string().nullable()
})
export type OcrRead = z.infer<typeof OcrReadSchema>

export function ocrRead (filingId: string, kind: OcrKind, fileId: string): Promise<OcrRead> {
  return call('applicant', 'ocr-read', { filingId, kind, fileId }, OcrReadSchema)
}

export const PhoneCodeSentSchema = z.object({ sentTo: z.string(), expiresInSeconds: z.number(), resendAfterSeconds: z.number() })
export function sendPhoneCode (phone: string) {
  return call('applicant', 'phone-code-send', { phone }, PhoneCodeSentSchema)
}

export const PhoneVerifiedSchema = z.object({ verified: z.literal(true), phone: z.string() })
export function verifyPhoneCode (phone: string, code: string) {
  return call('applicant', 'phone-code-verify', { phone, code }, PhoneVerifiedSchema)
}

export const PhoneStatusSchema = z.object({ verified: z.array(z.string()) })
export function phoneStatus (phones: string[]) {
  return call('applicant', 'phone-status', { phones }, PhoneStatusSchema).then((r) => r.verified)
}

export const OwnershipCodesSchema = z.object({ items: z.array(z.object({ key: z.string(), code: z.string(), phrase: z.string() })) })
export function ownershipCodes (id: string, keys: string[]) {
  return call('applicant', 'ownership-codes', { id, keys }, OwnershipCodesSchema).then((r) => r.items)
}

export const CertificateViewSchema = z.object({
  filingNumber: z.string(),
  statusLabel: z.string(),
  subjectName: z.string(),
  accounts: z.array(z.object({ kind: z.string(), platformName: z.string(), name: z.string() })),
  approvedOn: z.string(),
  officeName: z.string()
})
export type CertificateView = z.infer<typeof CertificateViewSchema>

export const CertificateSchema = z.object({ code: z.string(), qrText: z.string(), certificate: CertificateViewSchema })
export type Certificate = z.infer<typeof CertificateSchema>
export function loadCertificate (id: string): Promise<Certificate> {
  return call('applicant', 'certificate', { id }, CertificateSchema)
}

export const CertificateCheckSchema = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), code: z.string(), certificate: CertificateViewSchema }),
  z.object({ valid: z.literal(false), reason: z.string(), message: z.string() })
])
export type CertificateCheck = z.infer<typeof CertificateCheckSchema>
export function verifyCertificate (code: string): Promise<CertificateCheck> {
  return call('public', 'verify-certificate', { code }, CertificateCheckSchema)
}

export const OwnershipCheckSchema = z.object({
  accountKey: z.string(),
  checks: z.record(z.boolean()),
  state: z.enum(['open', 'done', 'failed']),
  checkedAt: z.string()
})
export function saveOwnershipCheck (id: string, accountKey: string, checks: OwnershipChecklist, note: string) {
  return call('staff', 'ownership-check', { id, accountKey, checks, note }, OwnershipCheckSchema)
}

/** The `trust` block of staff/get (backend/services/trust/review.ts). */
export const TrustViewSchema = z.object({
  flags: z.array(z.object({
    path: z.string(),
    level: z.enum(['mismatch', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    typed: z.string().optional(),
    read: z.string().optional(),
    source: z.string().optional()
  })),
  flagsAt: z.string().nullable(),
  readings: z.array(z.object({ kind: z.string(), provider: z.string(), at: z.string(), fields: z.record(z.string()) })),
  accounts: z.array(z.object({
    index: z.number(),
    accountKey: z.string(),
    kind: z.string(),
    label: z.string(),
    code: z.string().nullable(),
    phrase: z.string().nullable(),
    links: z.array(z.object({ label: z.string(), url: z.string(), copy: z.string().nullable() })),
    homepage: z.string().nullable(),
    checks: z.record(z.boolean()),
    note: z.string(),
    checkedBy: z.string().nullable(),
    checkedAt: z.string().nullable()
  }))
})
export type TrustView = z.infer<typeof TrustViewSchema>
export type CrossCheckFlagRow = TrustView['flags'][number]
export type AccountTrustRow = TrustView['accounts'][number]
