/**
 * The store port: repository-style operations, purpose-built for this app (not an ORM).
 * Everything inside `runUnit` is single-document by id so it maps onto a CloudBase transaction
 * (which allows no `where`) as well as onto one SQLite transaction.
 */
import type { CaseStage, LeadSource, LeadStatus, ReportStatus, StaffSearch } from '../core'
import type {
  ActivityRecord,
  AuditEntry,
  CaseRecord,
  ClaimRecord,
  CreditRecord,
  FilingRecord,
  FilingStatusCode,
  IdempotencyRecord,
  Invite,
  LeadRecord,
  OutboxMessage,
  OutreachContactRecord,
  ParticipationRecord,
  ProfileRecord,
  RateCounter,
  RoundEntryRecord,
  UpkeepRecord,
  RoundRecord,
  ReportRecord,
  StaffMember,
  TrackedFile
} from './records'

export interface QueueFilter {
  statuses?: FilingStatusCode[]
  platform?: string
  subjectType?: string
  town?: string
  /** Only filings whose due date is before this 'YYYY-MM-DD'. */
  dueBefore?: string
  /** Only filings whose review due date is before this 'YYYY-MM-DD' (overdue reviews). */
  reviewDueBefore?: string
  /**
   * Staff search (core staffSearchOf): filings holding every key (an indexed lookup), whose
   * search text also holds the normalised query itself.
   */
  search?: StaffSearch
}

/** Sorted-key cursor: (sortAt, id) of the last row of the previous page. */
export interface QueueCursor {
  sortAt: string
  id: string
}

export interface QueuePage {
  items: FilingRecord[]
  next: QueueCursor | null
}

export interface FilingStats {
  byStatus: Record<string, number>
  byPlatform: Record<string, number>
  byTown: Record<string, number>
  /** submittedAt's ISO week start date ('YYYY-MM-DD', Monday, UTC+8) → submissions. */
  byWeek: Record<string, number>
  total: number
}

export interface ReportFilter {
  statuses?: ReportStatus[]
  assignee?: string
  leadId?: string
}

export interface LeadFilter {
  statuses?: LeadStatus[]
  town?: string
  platform?: string
  /** Case-insensitive substring of the account name or id. */
  text?: string
}

export interface CaseFilter {
  stages?: CaseStage[]
  filingId?: string
  leadId?: string
}

/** Counts of filings behind the register's coverage (live filed accounts, by town or platform). */
export type GroupField = 'town' | 'platform'

/** Versioned single-document writes of one supervision collection. */
interface VersionedDocs<T> {
  get(id: string): Promise<T | null>
  insert(rec: T): Promise<void>
  /** Writes `next` (whose version must be expected+1) only if the stored version is `expected`. */
  replaceIfVersion(next: T, expected: number): Promise<boolean>
}

/** Operations allowed inside a unit of work: single-document, by id. */
export interface UnitOfWork {
  filings: {
    get(id: string): Promise<FilingRecord | null>
    insert(rec: FilingRecord): Promise<void>
    /** Writes `next` (whose version must be expected+1) only if the stored version is `expected`. */
    replaceIfVersion(next: FilingRecord, expected: number): Promise<boolean>
    deleteIfVersion(id: string, expected: number): Promise<boolean>
  }
  /** Atomic, gap-free counter: returns the incremented value (first call → 1). */
  counters: { next(name: string): Promise<number> }
  audit: { insert(entry: AuditEntry): Promise<void> }
  outbox: { insert(msg: OutboxMessage): Promise<void> }
  idempotency: { get(key: string): Promise<IdempotencyRecord | null>; put(rec: IdempotencyRecord): Promise<void> }
  staff: { put(member: StaffMember): Promise<void>; remove(openid: string): Promise<void> }
  invites: { get(id: string): Promise<Invite | null>; put(invite: Invite): Promise<void>; remove(id: string): Promise<void> }
  /** Which live filing holds an account (by the claim's id: a hash of the account key). */
  claims: { get(id: string): Promise<ClaimRecord | null>; put(claim: ClaimRecord): Promise<void>; remove(id: string): Promise<void> }
  /** Consent credits per (user, template). */
  credits: { get(id: string): Promise<CreditRecord | null>; put(credit: CreditRecord): Promise<void> }
  /** Per-caller, per-window call counters. */
  rateLimits: { get(id: string): Promise<RateCounter | null>; put(counter: RateCounter): Promise<void> }
  reports: VersionedDocs<ReportRecord>
  leads: VersionedDocs<LeadRecord>
  cases: VersionedDocs<CaseRecord>
  activities: VersionedDocs<ActivityRecord>
  participations: VersionedDocs<ParticipationRecord>
  outreachContacts: VersionedDocs<OutreachContactRecord>
  rounds: VersionedDocs<RoundRecord>
  roundEntries: VersionedDocs<RoundEntryRecord>
  upkeep: VersionedDocs<UpkeepRecord>
  /** Subject profiles (常用主体). */
  profiles: VersionedDocs<ProfileRecord> & { deleteIfVersion(id: string, expected: number): Promise<boolean> }
}

export interface Store {
  filings: {
    get(id: string): Promise<FilingRecord | null>
    insert(rec: FilingRecord): Promise<void>
    /** Bulk load (seed/bench); one transaction per call where the store supports it. */
    insertMany(recs: FilingRecord[]): Promise<void>
    replaceIfVersion(next: FilingRecord, expected: number): Promise<boolean>
    deleteIfVersion(id: string, expected: number): Promise<boolean>
    listByOwner(openid: string, limit: number): Promise<FilingRecord[]>
    queue(filter: QueueFilter, cursor: QueueCursor | null, limit: number): Promise<QueuePage>
    /** How many filings match the filter, per status (the queue's tabs under a search). */
    countByStatus(filter: QueueFilter): Promise<Record<string, number>>
    /** Filings (any owner) that claim one of these account keys, in the given statuses. */
    findByAccountKeys(keys: string[], statuses: FilingStatusCode[]): Promise<FilingRecord[]>
    findByNumber(filingNumber: string): Promise<FilingRecord | null>
    /** Batched reads (the legacy import's check): the filings with these ids / numbers that exist, in no particular order; any number of them (adapters page). */
    getMany(ids: string[]): Promise<FilingRecord[]>
    findByNumbers(filingNumbers: string[]): Promise<FilingRecord[]>
    /**
     * Indexes, for staff search, a batch of filings written before the index existed (idempotent:
     * only filings without keys). Returns how many it indexed; 0 once every filing has its keys.
     */
    backfillSearchKeys(): Promise<number>
    /** Filings whose valid approved version answers one of these public lookup keys. */
    findByPublicKeys(keys: string[]): Promise<FilingRecord[]>
    /** Returned filings whose fix-by date is on or before `upTo` ('YYYY-MM-DD'): reminder candidates. */
    listFixByUpTo(upTo: string, limit: number): Promise<FilingRecord[]>
    /**
     * For retention: filings in `statuses` last updated before `before` (ISO instant), oldest
     * first; `withDocuments` keeps only those whose working content still lists documents.
     */
    listStale(statuses: FilingStatusCode[], before: string, limit: number, opts?: { withDocuments?: boolean }): Promise<FilingRecord[]>
    /** Counts by status; platform, town and total count only `visible` statuses (core STAFF_VISIBLE_STATUSES). */
    stats(visible: readonly FilingStatusCode[]): Promise<FilingStats>
    /** Filings in `statuses` per town code or per platform code (a filing counts once per platform it holds). */
    countBy(field: GroupField, statuses: FilingStatusCode[]): Promise<Record<string, number>>
    /** Filings ever submitted, and how many of them were first submitted after their due date. */
    lateCounts(): Promise<{ submitted: number; late: number }>
    /** Late filings first submitted in [from, to), oldest first (for the monthly report). */
    listLate(from: string, to: string, limit: number): Promise<FilingRecord[]>
  }
  audit: {
    insert(entry: AuditEntry): Promise<void>
    listByFiling(filingId: string): Promise<AuditEntry[]>
    listByAction(action: string, limit: number): Promise<AuditEntry[]>
    /** Entries about one report, lead or case, oldest first. */
    listByRef(refId: string): Promise<AuditEntry[]>
    /** Entries with one of `actions` at or after `from` and before `to`, oldest first. */
    listBetween(actions: string[], from: string, to: string, limit: number): Promise<AuditEntry[]>
  }
  outbox: {
    /** Pending messages due at `now`, oldest first. */
    due(now: string, limit: number): Promise<OutboxMessage[]>
    /**
     * Takes a lease on a pending message (pushes nextAttemptAt to `leaseUntil`) only if nobody
     * else did since it was read; returns false when another dispatcher won.
     */
    claim(id: string, seenNextAttemptAt: string, leaseUntil: string): Promise<boolean>
    update(id: string, patch: Partial<Omit<OutboxMessage, 'id'>>): Promise<void>
    listByFiling(filingId: string): Promise<OutboxMessage[]>
  }
  staff: {
    get(openid: string): Promise<StaffMember | null>
    list(): Promise<StaffMember[]>
  }
  invites: {
    put(invite: Invite): Promise<void>
    get(id: string): Promise<Invite | null>
    /** Invites not yet redeemed and not expired at `now` (ISO instant), newest first. */
    listPending(now: string): Promise<Invite[]>
  }
  reports: {
    get(id: string): Promise<ReportRecord | null>
    insert(report: ReportRecord): Promise<void>
    countByReporterSince(openid: string, since: string): Promise<number>
    /** Newest first. */
    list(filter: ReportFilter, limit: number): Promise<ReportRecord[]>
    findByReceipt(receiptNumber: string): Promise<ReportRecord | null>
    listByReporter(openid: string, limit: number): Promise<ReportRecord[]>
    /** Open (not closed) reports linked to a lead. */
    listOpenByLead(leadId: string): Promise<ReportRecord[]>
    countByStatus(): Promise<Record<string, number>>
  }
  leads: {
    get(id: string): Promise<LeadRecord | null>
    /** Most recently updated first. */
    list(filter: LeadFilter, limit: number): Promise<LeadRecord[]>
    /** Leads in `statuses` for any of these account keys. */
    findByKeys(keys: string[], statuses: LeadStatus[]): Promise<LeadRecord[]>
    /** Leads in `statuses` (and, when given, from `sources`) per town or platform. */
    countBy(field: GroupField, statuses: LeadStatus[], sources?: readonly LeadSource[]): Promise<Record<string, number>>
    countByStatus(): Promise<Record<string, number>>
    /** Every lead, and those urged at least once. */
    urgedCounts(): Promise<{ total: number; urged: number }>
  }
  cases: {
    get(id: string): Promise<CaseRecord | null>
    /** Most recently updated first. */
    list(filter: CaseFilter, limit: number): Promise<CaseRecord[]>
    /** Cases of one operator (the filing owner), newest first. */
    listByOperator(openid: string, limit: number): Promise<CaseRecord[]>
    /** Cases whose 公示 entry is live, most recently published first. */
    listPublic(limit: number): Promise<CaseRecord[]>
    /** Cases whose reminder is due on or before `today` ('YYYY-MM-DD'). */
    dueForReminder(today: string, limit: number): Promise<CaseRecord[]>
  }
  activities: {
    get(id: string): Promise<ActivityRecord | null>
    /** Latest start first. */
    list(limit: number): Promise<ActivityRecord[]>
  }
  participations: {
    get(id: string): Promise<ParticipationRecord | null>
    /** One operator's events, latest start first. */
    listByOpenid(openid: string, limit: number): Promise<ParticipationRecord[]>
    /** One event's operators, in invitation order. */
    listByActivity(activityId: string, limit: number): Promise<ParticipationRecord[]>
    findByCheckinCode(code: string): Promise<ParticipationRecord | null>
  }
  outreachContacts: {
    get(id: string): Promise<OutreachContactRecord | null>
    /** Opted-in contacts after `afterId` (id order), for paging through the audience. */
    listOptedIn(afterId: string | null, limit: number): Promise<OutreachContactRecord[]>
  }
  rounds: {
    get(id: string): Promise<RoundRecord | null>
    /** Latest opened first. */
    list(limit: number): Promise<RoundRecord[]>
  }
  roundEntries: {
    get(id: string): Promise<RoundEntryRecord | null>
    /** A round's entries in `statuses` (all when empty) after `afterId`, in id order (paging). */
    listByRound(roundId: string, statuses: string[], afterId: string | null, limit: number): Promise<RoundEntryRecord[]>
    /** One operator's entries, most recently updated first. */
    listByOpenid(openid: string, limit: number): Promise<RoundEntryRecord[]>
  }
  upkeep: {
    get(id: string): Promise<UpkeepRecord | null>
    /** Filings whose owner consented to the directory, after `afterId` (id order, paging). */
    listListed(afterId: string | null, limit: number): Promise<UpkeepRecord[]>
    /** Filings with an open change, after `afterId` (id order, paging): the timer's work. */
    listOpenChanges(afterId: string | null, limit: number): Promise<UpkeepRecord[]>
  }
  profiles: {
    get(id: string): Promise<ProfileRecord | null>
    /** One owner's profiles, most recently updated first. */
    listByOwner(openid: string, limit: number): Promise<ProfileRecord[]>
  }
  counters: { peek(name: string): Promise<number> }
  claims: {
    get(id: string): Promise<ClaimRecord | null>
    /** The claims with these ids that exist, in no particular order (adapters page). */
    getMany(ids: string[]): Promise<ClaimRecord[]>
  }
  credits: { get(id: string): Promise<CreditRecord | null> }
  rateLimits: {
    /** Deletes counters whose window ended a day ago (the timer's housekeeping). */
    purgeExpired(now: string): Promise<number>
  }
  /** Files the purge tracks (uploads, stored photos not yet referenced, exports). */
  trackedFiles: {
    insert(rec: TrackedFile): Promise<void>
    get(id: string): Promise<TrackedFile | null>
    /** Replaces the row with the same id. */
    put(rec: TrackedFile): Promise<void>
    remove(id: string): Promise<void>
    /** Rows whose expiresAt ≤ `now`, earliest first. */
    expired(now: string, limit: number): Promise<TrackedFile[]>
    /** Rows of `kinds` that `openid` created at or after `since` (the upload quota). */
    countByOwnerSince(openid: string, kinds: TrackedFile['kind'][], since: string): Promise<number>
    /** Other rows that point at `fileId` (a content-addressed photo may be shared by two uploads). */
    listByFileId(fileId: string): Promise<TrackedFile[]>
  }
  /**
   * Runs `fn` as one atomic unit: all its writes land or none do. `fn` may be re-run by the
   * cloud store on a transaction conflict, so it must only touch the unit it is given.
   */
  runUnit<T>(fn: (tx: UnitOfWork) => Promise<T>): Promise<T>
}
