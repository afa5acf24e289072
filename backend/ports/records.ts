import type { CaseFile, LeadSource, LeadStatus, ReportOutcome, ReportStatus, UrgeChannel } from '../core'

/**
 * What the store persists. Content is kept as parsed JSON (validated by core's schemas on the
 * way in); ID numbers inside it are replaced by masks, with ciphertexts in `secrets` keyed by
 * dotted path, so a database dump never holds a readable ID number.
 */
import type { FilingState, FilingStatus, JsonObject } from '../core'

export type { Json, JsonObject, Snapshot as SealedContent, FilingIndex, ReturnReason } from '../core'
export type FilingStatusCode = FilingStatus

/** A filing as stored: exactly the lifecycle aggregate's state (src/core/filing/state.ts). */
export type FilingRecord = FilingState

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
  /** Keyed hash of the staff member's ID number (given at invite redemption): recusal checks. */
  idHash?: string | null
  /** Normalised mobile (given at invite redemption): recusal checks. */
  mobile?: string | null
}

/**
 * One-time codes (one primitive: random code, only its keyed hash stored, expiry, redeem attempts
 * rate-limited): staff invites, co-manager invites to one filing (issue 12 §7), and claim codes for
 * a filing staff entered or imported (issue 12 §5, §6).
 */
export type Invite = StaffInvite | ManagerInvite | ClaimInvite | PrincipalInvite | TransferInvite

export interface StaffInvite extends InviteBase {
  /** Absent on rows written before co-manager invites existed. */
  purpose?: 'staff'
  role: StaffRole
}

export interface ManagerInvite extends InviteBase {
  purpose: 'manager'
  filingId: string
}

export interface ClaimInvite extends InviteBase {
  purpose: 'claim'
  filingId: string
}

/** The principal's confirmation code of an agency filing (委托确认): the agent passes it on. */
export interface PrincipalInvite extends InviteBase {
  purpose: 'principal'
  filingId: string
}

/** A transfer code (转让码, issue 12 §7.5): the owner passes it to the receiving operator; the filing records the open one. */
export interface TransferInvite extends InviteBase {
  purpose: 'transfer'
  filingId: string
}

export const isStaffInvite = (i: Invite): i is StaffInvite => i.purpose === undefined || i.purpose === 'staff'

interface InviteBase {
  /** HMAC of the one-time code: the code itself is never stored. */
  id: string
  /** Who the code is for, as the inviter named them. */
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
 * One account held by one live filing. `_id` = keyed hash of the normalised account key, so a
 * second filing's attempt to hold the same account meets the same document inside its unit.
 */
export interface ClaimRecord {
  id: string
  key: string
  filingId: string
  at: string
}

/** One user's unused one-time consents for one template (WeChat counts per user and template). */
export interface CreditRecord {
  id: string
  openid: string
  templateId: string
  count: number
  updatedAt: string
}

/** Calls one caller made in one window of one rate-limited scope. */
export interface RateCounter {
  id: string
  scope: string
  count: number
  expiresAt: string
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

// ---- outreach (issue 11) ----------------------------------------------------------------------

/** An office event (活动与培训). `signedUp` counts signed-up and attended places (capacity is checked against it in the sign-up unit). */
export interface ActivityRecord {
  id: string
  version: number
  kind: import('../core').ActivityKind
  title: string
  startsAt: string
  endsAt: string
  place: string
  capacity: number
  signupDeadline: string
  description: string
  materials: Array<{ title: string; url: string }>
  audience: import('../core').Segment
  status: 'published' | 'cancelled'
  signedUp: number
  invited: number
  /** Invitations a credit paid for (the others are listed in the mini-program only). */
  messaged: number
  /** Why staff cancelled it (when they did). */
  cancelReason?: string
  createdBy: string
  createdByName: string
  createdAt: string
  updatedAt: string
}

/** One operator's place in one event (id: keyed hash of activity + openid). */
export interface ParticipationRecord {
  id: string
  version: number
  activityId: string
  /** Copied from the activity so the operator's list sorts without a join. */
  startsAt: string
  openid: string
  status: import('../core').ParticipationStatus
  /** The filing that put the operator in the audience (null: an opted-in self-check). */
  filingId: string | null
  accountNames: string[]
  invitedAt: string
  /** Whether the invitation went out as a subscription message, or why not. */
  message: 'sent' | 'no-consent' | 'not-configured'
  signedUpAt: string | null
  cancelledAt: string | null
  /** Unguessable; the operator's check-in QR carries it. */
  checkinCode: string
  attendedAt: string | null
  attendedBy: string | null
  attendedMethod: 'scan' | 'hand' | null
  attendedNote: string
  /** 评优 events: the operator's nomination and its result (absent until nominated). */
  nomination?: { status: import('../core').NominationStatus; note: string; at: string; by: string; byName: string } | null
  updatedAt: string
}

/** A 建议备案 self-check whose owner asked to be told of events (id: keyed hash of the openid). */
export interface OutreachContactRecord {
  id: string
  version: number
  openid: string
  optedIn: boolean
  town: string | null
  subjectType: string | null
  accounts: Array<{ platform: string; category: string | null; followers: number | null }>
  /** The self-check's answers (a later report of followers re-runs them; the prompt prefills the wizard). */
  answers?: import('../core').EligibilityAnswers | null
  /** When a report of followers crossed the threshold (the prompt to file was shown). */
  crossedAt?: string | null
  updatedAt: string
}

/** A re-verification round (年度核验). */
export interface RoundRecord {
  id: string
  version: number
  title: string
  openedAt: string
  /** Local day of opening, and the deadline (a working day). */
  openedOn: string
  deadline: string
  /** Local days a reminder goes out (core's roundReminderDays), and those already done. */
  reminderDays: string[]
  remindedDays: string[]
  /** Filed filings at opening: one entry each. */
  entries: number
  /** When the non-responders were handed to supervision (after the deadline), else null. */
  leadsAt: string | null
  createdBy: string
  createdByName: string
  updatedAt: string
}

/** One filing's place in a round (id: keyed hash of round + filing). */
export interface RoundEntryRecord {
  id: string
  version: number
  roundId: string
  filingId: string
  filingNumber: string | null
  openid: string
  accountNames: string[]
  status: import('../core').EntryStatus
  respondedAt: string | null
  inspection: import('../core').SelfInspection | null
  /** The filing's version after the amendment a change submitted. */
  amendedVersion: number | null
  leadIds: string[]
  /**
   * The reminder day last sent to this entry, written in the unit that queues the message, so a
   * timer that dies before marking the day done on the round never reminds anyone twice.
   */
  remindedOn?: string | null
  updatedAt: string
}

/** A reported change (operator or contact) awaiting its amendment, and its schedule (core's upkeep.ts). */
export interface UpkeepChange {
  kinds: import('../core').ChangeKind[]
  source: 'operator' | 'reverify'
  reportedAt: string
  reportedOn: string
  dueOn: string
  remindOn: string
  remindedAt: string | null
  /** Whether the reminder went out as a message, or why not (the app always shows it). */
  message: 'sent' | 'no-consent' | 'not-configured' | null
  resolvedAt: string | null
  leadAt: string | null
  leadIds: string[]
}

/** Upkeep of one filing (id = the filing's id): the directory consent and an open change. */
export interface UpkeepRecord {
  id: string
  version: number
  filingId: string
  openid: string
  /** Consent to be listed in the association's directory (off until given). */
  listed: boolean
  listedAt: string | null
  change: UpkeepChange | null
  /** Indexed: a change is open (not filed, not yet a lead), for the timer. */
  changeOpen: boolean
  updatedAt: string
}

// ---- organisations (issue 12 §7) -------------------------------------------------------------

/**
 * A subject profile (常用主体): core's ProfileContent sealed as a filing's content is (ID numbers
 * masked in `content`, ciphertexts in `secrets`). Owned by one applicant.
 */
export interface ProfileRecord {
  id: string
  version: number
  ownerOpenid: string
  /** Core's subjectKey, hashed: one profile per subject and owner. */
  keyHash: string
  sealed: import('../core').Snapshot
  /** The filing it was first saved from. */
  sourceFilingId: string
  createdAt: string
  updatedAt: string
}
