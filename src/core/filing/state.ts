/**
 * The stored shape of a filing, as the lifecycle aggregate sees it. The backend persists
 * exactly this (its FilingRecord is this type); only the aggregate produces new versions.
 */
import type { FilingStatus } from '../workflow'
import type { FormSheet } from './registration-form'
import type { IntakeInfo } from '../intake/channels'
import type { PrincipalConfirmation } from '../org/agency'
import type { OpenTransfer } from '../org/transfer'

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json }
export type JsonObject = { [k: string]: Json }

/**
 * A version of the content: the content with every ID number replaced by its mask, plus the
 * sealed originals (opaque to core: ciphertexts by dotted path) and their keyed hashes.
 */
export interface Snapshot {
  content: JsonObject
  secrets: Record<string, string>
  /** The 登记备案表 as submitted (frozen by the aggregate at submit / resubmit / amend); absent on drafts and older records. */
  form?: FormSheet
}

/** Scalars derived from content, stored beside it so stores can filter and sort on them. */
export interface FilingIndex {
  /** Normalised account keys and name keys of every account this filing concerns. */
  accountKeys: string[]
  /** Platform codes ('website', 'app', 'douyin' …). */
  platforms: string[]
  accountNames: string[]
  subjectType: string | null
  /** Masked subject name (never the full name of an individual). */
  subjectName: string
  town: string | null
  /** Earliest filing due date among the accounts ('YYYY-MM-DD'), null when none is due. */
  dueDate: string | null
  /** Keyed hashes (HMAC) of the ID numbers in the content: duplicate and recusal checks. */
  idHashes: string[]
}

export interface ReturnReason {
  field: string
  reason: string
}

export interface ApprovedVersion extends Snapshot {
  approvedAt: string
  index: FilingIndex
}

/** A person who may act on a filing for its subject (see `org/managers.ts`). */
export interface Manager {
  openid: string
  /** How the owner named them when inviting ('' for the owner who created the filing). */
  name: string
  addedAt: string
  addedBy: string
}

export interface FilingState {
  id: string
  /** The manager who receives the office's messages; always one of `managers`. */
  ownerOpenid: string
  /** Everyone who may act on the filing (owner first); absent on records older than co-managers = the owner alone. */
  managers?: Manager[]
  status: FilingStatus
  /** Optimistic-concurrency counter; every write checks and increments it. */
  version: number
  /** The version being drafted, reviewed or corrected (equals the approved one when approved). */
  working: Snapshot
  /** The approved version; stays valid while an amendment is under review. */
  approved: ApprovedVersion | null
  filingNumber: string | null
  returnReasons: ReturnReason[]
  /** The content as the reviewer returned it (masked, as staff saw it): what changed since is shown on resubmission. */
  returnedContent?: JsonObject | null
  /** Last local day to correct a returned filing ('YYYY-MM-DD'), null unless returned. */
  fixBy: string | null
  rejectReason: string | null
  createdAt: string
  updatedAt: string
  submittedAt: string | null
  /** The first submission (the act of filing); absent on records written before it was kept. */
  firstSubmittedAt?: string | null
  /** The first submission came after the filing due date (逾期备案). */
  filedLate?: boolean
  decidedAt: string | null
  /** Last local day for the office's decision while awaiting review, else null. */
  reviewDueDate: string | null
  /** Monday ('YYYY-MM-DD', local) of the week of submittedAt: the statistics' week bucket. */
  submittedWeek: string | null
  /** Queue sort key: submittedAt when submitted, else updatedAt. */
  sortAt: string
  /** Normalised account names + filing number, for the staff text search. */
  searchText: string
  index: FilingIndex
  /** Lookup keys of the valid approved version (empty without one): what the public can find. */
  publicKeys: string[]
  /** Account keys this filing holds against everyone else (empty unless live). */
  claimKeys: string[]
  /** Reminders already sent, e.g. 'fixBy:2024-03-20' (so a timer tick never repeats one). */
  reminders: string[]
  demo: boolean
  /** How it reached the register when staff entered or imported it (absent: filed by its owner). */
  intake?: IntakeInfo | null
  /** An agency filing's principal confirmation (org/agency.ts); absent when no agency files it. */
  principal?: PrincipalConfirmation | null
  /** The open transfer to a new operator (org/transfer.ts); absent or null when none. */
  transfer?: OpenTransfer | null
}

export const EMPTY_INDEX: FilingIndex = { accountKeys: [], platforms: [], accountNames: [], subjectType: null, subjectName: '', town: null, dueDate: null, idHashes: [] }
