/**
 * Ports of the trust features: OCR engines, SMS senders and the records they keep (readings,
 * the reviewer's checklist, SMS code state). Kept apart from the filing store so the register's
 * own port stays as it is; both stores live in the same database.
 */
import type { CrossCheckFlag, OcrFields, OcrKind, OwnershipChecklist, PhoneCodeState } from '../core'

// ---- OCR --------------------------------------------------------------------------------------

export interface OcrImage {
  bytes: Buffer
  contentType: string
}

export type OcrProvider = 'wechat' | 'tencent' | 'paddle'

export interface OcrEngine {
  readonly provider: OcrProvider
  /** Reads one stored photo. `ignore`: text we printed on it (the watermark). */
  read(kind: OcrKind, image: OcrImage, opts: { ignore: string[] }): Promise<OcrFields>
}

/** The service could not read now (quota, network, image refused): the applicant types instead. */
export class OcrFailure extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message)
  }
}

// ---- SMS --------------------------------------------------------------------------------------

export type SmsProvider = 'cloudbase' | 'tencent' | 'inbox'

export type SmsResult = { ok: true } | { ok: false; retryable: boolean; error: string }

export interface SmsSender {
  readonly provider: SmsProvider
  /** Sends one verification code. Implementations never log the code or the full number. */
  sendCode(phone: string, code: string, ttlMinutes: number): Promise<SmsResult>
}

// ---- records ----------------------------------------------------------------------------------

export interface OcrReadingRecord {
  kind: OcrKind
  fileId: string
  provider: OcrProvider
  at: string
  /** What was read; an ID number only masked (its ciphertext is in `sealedIdNumber`). */
  fields: Record<string, string>
  sealedIdNumber: string | null
}

export interface OwnershipCheckRecord {
  accountKey: string
  checks: OwnershipChecklist
  note: string
  by: string
  byName: string
  at: string
}

/** One per filing (id = filing id). */
export interface VerificationRecord {
  id: string
  ownerOpenid: string
  version: number
  /** Latest reading per photo. */
  readings: OcrReadingRecord[]
  /** Reviewer's checklist per account (by core's accountKey). */
  checks: Record<string, OwnershipCheckRecord>
  /** Flags computed when the filing was last submitted (kept with the filing). */
  crossCheck: { at: string; flags: CrossCheckFlag[] } | null
  updatedAt: string
}

/** SMS code state per (user, phone), and a user's recent sends (any phone). Ids are keyed hashes. */
export interface PhoneCodeRecord {
  id: string
  version: number
  state: PhoneCodeState
  updatedAt: string
}

export interface UserSendsRecord {
  id: string
  version: number
  sends: string[]
  updatedAt: string
}

export interface TrustStore {
  verifications: {
    get(filingId: string): Promise<VerificationRecord | null>
    /** Writes `next` only if the stored version is `expected` (null: only if none exists). */
    putIfVersion(next: VerificationRecord, expected: number | null): Promise<boolean>
    remove(filingId: string): Promise<void>
  }
  phoneCodes: {
    get(id: string): Promise<PhoneCodeRecord | null>
    putIfVersion(next: PhoneCodeRecord, expected: number | null): Promise<boolean>
  }
  userSends: {
    get(id: string): Promise<UserSendsRecord | null>
    putIfVersion(next: UserSendsRecord, expected: number | null): Promise<boolean>
  }
}
