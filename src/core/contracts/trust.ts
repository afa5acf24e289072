/** Output pieces of the trust actions, shared by several contracts (staff/get's `trust` block, certificates). */
import { z } from 'zod'

export const CrossCheckFlagView = z.object({
  path: z.string(),
  level: z.enum(['mismatch', 'warning', 'info']),
  code: z.enum(['differs', 'expired', 'unread', 'not_read', 'phone_unverified', 'phone_landline']),
  message: z.string(),
  typed: z.string().optional(),
  read: z.string().optional(),
  source: z.string().optional()
})

export const PublicLookupLinkView = z.object({ label: z.string(), url: z.string(), copy: z.string().nullable() })

export const AccountTrustView = z.object({
  index: z.number().int(),
  accountKey: z.string(),
  kind: z.string(),
  label: z.string(),
  /** Self-media: the code the applicant was asked to publish (and its phrase). */
  code: z.string().nullable(),
  phrase: z.string().nullable(),
  links: z.array(PublicLookupLinkView),
  homepage: z.string().nullable(),
  checks: z.record(z.boolean()),
  note: z.string(),
  checkedBy: z.string().nullable(),
  checkedAt: z.string().nullable()
})
export type AccountTrustView = z.infer<typeof AccountTrustView>

/** What the review screen shows about trust: cross-check flags, OCR readings, per-account proofs. */
export const TrustView = z.object({
  flags: z.array(CrossCheckFlagView),
  /** When the flags were recorded (the submission); null: computed now (a draft, or none stored). */
  flagsAt: z.string().nullable(),
  /** Readings of the photos in the filing (ID numbers masked). */
  readings: z.array(z.object({ kind: z.enum(['id_front', 'id_back', 'license']), provider: z.string(), at: z.string(), fields: z.record(z.string()) })),
  accounts: z.array(AccountTrustView)
})
export type TrustView = z.infer<typeof TrustView>

/** The certificate as the register states it: public facts only (individuals' names masked). */
export const CertificateViewSchema = z.object({
  filingNumber: z.string(),
  statusLabel: z.string(),
  subjectName: z.string(),
  accounts: z.array(z.object({ kind: z.string(), platformName: z.string(), name: z.string() })),
  approvedOn: z.string(),
  officeName: z.string()
})

export const CertificateCheckSchema = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), code: z.string(), certificate: CertificateViewSchema }),
  z.object({ valid: z.literal(false), reason: z.enum(['malformed', 'forged', 'unknown', 'cancelled', 'superseded', 'not_approved']), message: z.string() })
])
