/**
 * What the store persists. Content is kept as parsed JSON (validated by core's schemas on the
 * way in); ID numbers inside it are replaced by masks, with ciphertexts in `secrets` keyed by
 * dotted path, so a database dump never holds a readable ID number.
 */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
export type JsonObject = { [k: string]: Json }

export type FilingStatusCode =
  | 'draft'
  | 'submitted'
  | 'returned'
  | 'approved'
  | 'rejected'
  | 'withdrawn'
  | 'amending'
  | 'cancelled'

export interface SealedContent {
  /** Content with every `idNumber` masked. */
  content: JsonObject
  /** dotted path → AES-256-GCM ciphertext of the original value. */
  secrets: Record<string, string>
}

export interface ReturnReason {
  field: string
  reason: string
}

/** Scalars derived from content, stored beside it so both stores can filter and sort on them. */
export interface FilingIndex {
  /** `${platform}:${normalised account name}`; used for duplicate checks and public lookup. */
  accountKeys: string[]
  platforms: string[]
  accountNames: string[]
  subjectType: string | null
  /** Masked subject name (never the full name of an individual). */
  subjectName: string
  town: string | null
  /** Earliest filing due date among the accounts ('YYYY-MM-DD'), null when none is due. */
  dueDate: string | null
  /** Keyed hashes (HMAC) of the ID numbers in the content, for duplicate checks. */
  idHashes: string[]
}

export interface FilingRecord {
  id: string
  ownerOpenid: string
  status: FilingStatusCode
  /** Optimistic-concurrency counter; every write checks and increments it. */
  version: number
  working: SealedContent
  /** The approved version; stays valid while an amendment is under review. */
  approved: (SealedContent & { approvedAt: string; index: FilingIndex }) | null
  filingNumber: string | null
  /** Template ids the owner accepted (one notification each for one-time templates). */
  subscribed: string[]
  returnReasons: ReturnReason[]
  rejectReason: string | null
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  decidedAt: string | null
  /** Last local day for the office's decision while submitted/amending, else null. */
  reviewDueDate: string | null
  /** Monday ('YYYY-MM-DD', local) of the week of submittedAt: the statistics' week bucket. */
  submittedWeek: string | null
  /** Queue sort key: submittedAt when submitted, else updatedAt. */
  sortAt: string
  /** Lower-cased account names + filing number, for the staff text search. */
  searchText: string
  index: FilingIndex
  demo: boolean
}

export interface AuditEntry {
  id: string
  at: string
  actorOpenid: string | null
  actorRole: string
  action: string
  filingId: string | null
  /** Small structured detail (from/to status, reasons, which field was revealed …). */
  detail: JsonObject
}

export type OutboxStatus = 'pending' | 'sent' | 'refused' | 'failed'

export interface OutboxMessage {
  id: string
  filingId: string
  openid: string
  templateId: string
  page: string
  data: JsonObject
  status: OutboxStatus
  attempts: number
  nextAttemptAt: string
  lastError: string | null
  createdAt: string
  sentAt: string | null
}

export type StaffRole = 'reviewer' | 'admin'

export interface StaffMember {
  openid: string
  role: StaffRole
  name: string
  addedBy: string
  addedAt: string
}

export interface Invite {
  /** HMAC of the one-time code: the code itself is never stored. */
  id: string
  role: StaffRole
  name: string
  createdBy: string
  createdAt: string
  expiresAt: string
  usedBy: string | null
  usedAt: string | null
}

export interface IdempotencyRecord {
  key: string
  filingId: string
  result: JsonObject
  at: string
}

export interface ReportRecord {
  id: string
  reporterOpenid: string
  platform: string
  accountName: string
  filingId: string | null
  reason: string
  details: string
  at: string
  status: 'open' | 'closed'
}

/**
 * A file the purge must eventually look at: a client's temporary upload (until ingested), a
 * stored photo until a filing references it, an export until delivered. The row goes when the
 * file goes (or, for a referenced photo, when the filing takes over its retention).
 */
export type TrackedFileKind = 'upload' | 'document' | 'export'

export interface TrackedFile {
  id: string
  kind: TrackedFileKind
  ownerOpenid: string
  cloudPath: string
  fileId: string
  /** Document kind of uploads and documents; null for exports. */
  documentKind: string | null
  /** Exports: whether it holds full (unmasked) personal data. */
  full: boolean
  createdAt: string
  /** When the purge acts on it (deletes the file unless a filing references it). */
  expiresAt: string
}
