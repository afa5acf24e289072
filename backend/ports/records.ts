import type { CaseFile, LeadSource, LeadStatus, ReportOutcome, ReportStatus, UrgeChannel } from '../core'

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
  /** When the filing was first submitted (the act of filing); later resubmits keep it. */
  firstSubmittedAt?: string | null
  /** First submitted after its filing due date (core's isFilingLate), for flags and the dashboard. */
  filedLate?: boolean
}

export interface AuditEntry {
  id: string
  at: string
  actorOpenid: string | null
  actorRole: string
  action: string
  filingId: string | null
  /** The report, lead or case a supervision entry is about (null for filing entries). */
  refId?: string | null
  /** Small structured detail (from/to status, reasons, which field was revealed …). */
  detail: JsonObject
}

export type OutboxStatus = 'pending' | 'sent' | 'refused' | 'failed'

export interface OutboxMessage {
  id: string
  /** The record the message is about: a filing, or a report / case of the supervision side. */
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
  version: number
  /** 受理编号, readable on the phone: 'JB-2026-000123' (atomic, gap-free per year). */
  receiptNumber: string
  reporterOpenid: string
  platform: string
  accountName: string
  /** A filing the report names (found at report time, or linked by staff). */
  filingId: string | null
  reason: string
  details: string
  /** Screenshots (fileIds under the reporter's folder), at most three. */
  evidence: string[]
  /** Template ids the reporter accepted for "report handled". */
  subscribed: string[]
  at: string
  updatedAt: string
  status: ReportStatus
  assigneeOpenid: string | null
  assigneeName: string | null
  leadId: string | null
  caseId: string | null
  outcome: ReportOutcome | null
  outcomeNote: string
  closedAt: string | null
}

export interface LeadUrge {
  at: string
  by: string
  byName: string
  deadline: string
  channel: UrgeChannel
  note: string
}

/** An account known to the office but not filed (see core's lead.ts). */
export interface LeadRecord {
  id: string
  version: number
  status: LeadStatus
  platform: string
  accountName: string
  accountId: string
  /** Normalised platform + account name (the filing index's name key), for matching filings. */
  accountKey: string
  town: string | null
  note: string
  source: LeadSource
  /** Where it came from: report ids, list names, outreach batch ids. */
  sourceRefs: string[]
  urges: LeadUrge[]
  /** The last urge's deadline while urged. */
  deadline: string | null
  filingId: string | null
  caseId: string | null
  createdAt: string
  createdBy: string
  updatedAt: string
  closedAt: string | null
  closeReason: string
}

/** A case file: the core aggregate as stored. */
export type CaseRecord = CaseFile
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
  /** A supervision photo's record (the case it was taken for); null otherwise. */
  refId?: string | null
  /** Exports: whether it holds full (unmasked) personal data. */
  full: boolean
  createdAt: string
  /**
   * When the purge acts on it (deletes the file unless a filing references it). Photos a report or
   * a case holds are kept with that record: HELD_FOREVER.
   */
  expiresAt: string
}

/** expiresAt of a photo a supervision record holds: kept with the record (the audit trail). */
export const HELD_FOREVER = '9999-12-31T23:59:59.999Z'
