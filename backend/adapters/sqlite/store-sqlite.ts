/**
 * SQLite implementation of the Store port (local mode, tests, bench). better-sqlite3 is
 * synchronous; a unit of work is BEGIN IMMEDIATE … COMMIT around an async callback, so every
 * store call waits on one mutex while a unit is open — otherwise another request's write
 * could land inside (and be rolled back with) someone else's transaction.
 */
import Database from 'better-sqlite3'
import type { FilingRecord, FilingStatusCode, OutboxMessage } from '../../ports/records'
import type { Store, UnitOfWork } from '../../ports/store.port'
import { ADDED_COLUMNS, ADDED_INDEXES_SQL, SCHEMA_SQL } from './schema'
import { SqliteOps } from './sqlite-ops'
import { SupervisionOps } from './sqlite-supervision'
import { OUTREACH_SCHEMA_SQL, OUTREACH_TABLES, OutreachOps, type DocTable } from './sqlite-outreach'

/** A unit's view of a versioned doc table: the store port's get / insert / replaceIfVersion. */
const versioned = <T extends { id: string; version: number }>(t: DocTable<T>) => ({
  get: async (id: string) => t.get(id),
  insert: async (r: T) => t.insert(r),
  replaceIfVersion: async (next: T, expected: number) => t.replace(next, expected)
})

/** Adds the columns an older database lacks, then their indexes. */
function migrate(db: Database.Database): void {
  for (const { table, column, type } of ADDED_COLUMNS) {
    const cols = db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>
    if (!cols.some((c) => c.name === column)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`)
  }
  db.exec(ADDED_INDEXES_SQL)
}

class Mutex {
  private tail: Promise<void> = Promise.resolve()
  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(fn)
    this.tail = result.then(
      () => undefined,
      () => undefined
    )
    return result
  }
}

export interface SqliteStore extends Store {
  close(): void
  /** Wipes every table (local reset). */
  clear(): Promise<void>
}

export function openSqliteStore(file: string, opts: { utcOffsetMinutes?: number } = {}): SqliteStore {
  const db = new Database(file)
  db.exec(SCHEMA_SQL)
  db.exec(OUTREACH_SCHEMA_SQL)
  migrate(db)
  // WAL with NORMAL: a commit no longer waits for the disk (only checkpoints do); the database
  // cannot be corrupted by a crash, though the last commits before a power cut may be lost —
  // right for the local runtime (the system of record in production is CloudBase).
  db.pragma('synchronous = NORMAL')
  const ops = new SqliteOps(db)
  // Filings from before the search index get their keys now (idempotent: only unindexed rows).
  db.transaction(() => ops.backfillSearchKeys())()
  const sup = new SupervisionOps(db)
  const out = new OutreachOps(db)
  const lock = new Mutex()
  const offset = opts.utcOffsetMinutes ?? 480
  const locked = <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A) => lock.run(() => fn(...a))

  const unit: UnitOfWork = {
    filings: {
      get: async (id) => ops.getFiling(id),
      insert: async (rec) => ops.insertFiling(rec),
      replaceIfVersion: async (next, expected) => ops.replaceFilingIfVersion(next, expected),
      deleteIfVersion: async (id, expected) => ops.deleteFilingIfVersion(id, expected)
    },
    counters: { next: async (name) => ops.nextCounter(name) },
    audit: { insert: async (e) => ops.insertAudit(e) },
    outbox: { insert: async (m) => ops.insertOutbox(m) },
    idempotency: { get: async (k) => ops.getIdempotency(k), put: async (r) => ops.putIdempotency(r) },
    staff: { put: async (m) => ops.putStaff(m), remove: async (o) => ops.removeStaff(o) },
    invites: { get: async (id) => ops.getInvite(id), put: async (i) => ops.putInvite(i), remove: async (id) => ops.removeInvite(id) },
    reports: { get: async (id) => sup.getReport(id), insert: async (r) => sup.insertReport(r), replaceIfVersion: async (n, e) => sup.replaceReport(n, e) },
    leads: { get: async (id) => sup.getLead(id), insert: async (l) => sup.insertLead(l), replaceIfVersion: async (n, e) => sup.replaceLead(n, e) },
    cases: { get: async (id) => sup.getCase(id), insert: async (c) => sup.insertCase(c), replaceIfVersion: async (n, e) => sup.replaceCase(n, e) },
    activities: versioned(out.activities),
    participations: versioned(out.participations),
    outreachContacts: versioned(out.contacts),
    rounds: versioned(out.rounds),
    roundEntries: versioned(out.entries),
    upkeep: versioned(out.upkeep),
    profiles: { ...versioned(out.profiles), deleteIfVersion: async (id, e) => out.deleteProfile(id, e) },
    claims: { get: async (id) => ops.getClaim(id), put: async (c) => ops.putClaim(c), remove: async (id) => ops.removeClaim(id) },
    credits: { get: async (id) => ops.getCredit(id), put: async (c) => ops.putCredit(c) },
    rateLimits: { get: async (id) => ops.getRateCounter(id), put: async (c) => ops.putRateCounter(c) }
  }

  const insertMany = db.transaction((recs: FilingRecord[]) => {
    for (const r of recs) ops.insertFiling(r)
  })

  return {
    filings: {
      get: locked((id: string) => ops.getFiling(id)),
      insert: locked((rec: FilingRecord) => db.transaction(() => ops.insertFiling(rec))()),
      insertMany: locked((recs: FilingRecord[]) => insertMany(recs)),
      replaceIfVersion: locked((next: FilingRecord, expected: number) => db.transaction(() => ops.replaceFilingIfVersion(next, expected))()),
      deleteIfVersion: locked((id: string, expected: number) => ops.deleteFilingIfVersion(id, expected)),
      listByOwner: locked((openid: string, limit: number) => ops.listByOwner(openid, limit)),
      queue: locked(ops.queue.bind(ops)),
      findByAccountKeys: locked(ops.findByAccountKeys.bind(ops)),
      findByNumber: locked(ops.findByNumber.bind(ops)),
      backfillSearchKeys: locked(() => db.transaction(() => ops.backfillSearchKeys())()),
      findByPublicKeys: locked(ops.findByPublicKeys.bind(ops)),
      listFixByUpTo: locked(ops.listFixByUpTo.bind(ops)),
      listStale: locked(ops.listStale.bind(ops)),
      stats: locked((visible: readonly FilingStatusCode[]) => ops.stats(offset, visible)),
      countByStatus: locked(ops.countByStatus.bind(ops)),
      countBy: locked(ops.countFilingsBy.bind(ops)),
      lateCounts: locked(() => ops.lateCounts()),
      listLate: locked(ops.listLate.bind(ops))
    },
    audit: {
      insert: locked(ops.insertAudit.bind(ops)),
      listByFiling: locked(ops.auditByFiling.bind(ops)),
      listByAction: locked(ops.auditByAction.bind(ops)),
      listByRef: locked(ops.auditByRef.bind(ops)),
      listBetween: locked(ops.auditBetween.bind(ops))
    },
    outbox: {
      due: locked(ops.outboxDue.bind(ops)),
      claim: locked((id: string, seen: string, leaseUntil: string) => {
        const m = ops.getOutbox(id)
        if (!m || m.status !== 'pending' || m.nextAttemptAt !== seen) return false
        return ops.writeOutbox({ ...m, nextAttemptAt: leaseUntil, attempts: m.attempts + 1 }, seen)
      }),
      update: locked((id: string, patch: Partial<Omit<OutboxMessage, 'id'>>) => {
        const m = ops.getOutbox(id)
        if (m) ops.writeOutbox({ ...m, ...patch, id })
      }),
      listByFiling: locked(ops.outboxByFiling.bind(ops))
    },
    staff: { get: locked(ops.getStaff.bind(ops)), list: locked(() => ops.listStaff()) },
    invites: { put: locked(ops.putInvite.bind(ops)), get: locked(ops.getInvite.bind(ops)), listPending: locked(ops.listPendingInvites.bind(ops)) },
    reports: {
      get: locked(sup.getReport.bind(sup)),
      insert: locked(sup.insertReport.bind(sup)),
      countByReporterSince: locked(sup.countReports.bind(sup)),
      list: locked(sup.listReports.bind(sup)),
      findByReceipt: locked(sup.findByReceipt.bind(sup)),
      listByReporter: locked(sup.reportsByReporter.bind(sup)),
      listOpenByLead: locked(sup.openReportsByLead.bind(sup)),
      countByStatus: locked(() => sup.reportCountsByStatus())
    },
    leads: {
      get: locked(sup.getLead.bind(sup)),
      list: locked(sup.listLeads.bind(sup)),
      findByKeys: locked(sup.leadsByKeys.bind(sup)),
      countBy: locked(sup.countLeadsBy.bind(sup)),
      countByStatus: locked(() => sup.leadCountsByStatus()),
      urgedCounts: locked(() => sup.leadUrgedCounts())
    },
    cases: {
      get: locked(sup.getCase.bind(sup)),
      list: locked(sup.listCases.bind(sup)),
      listByOperator: locked(sup.casesByOperator.bind(sup)),
      listPublic: locked(sup.publicCases.bind(sup)),
      dueForReminder: locked(sup.casesDueForReminder.bind(sup))
    },
    activities: { get: locked(out.activities.get), list: locked(out.listActivities.bind(out)) },
    participations: {
      get: locked(out.participations.get),
      listByOpenid: locked(out.participationsByOpenid.bind(out)),
      listByActivity: locked(out.participationsByActivity.bind(out)),
      findByCheckinCode: locked(out.participationByCode.bind(out))
    },
    outreachContacts: { get: locked(out.contacts.get), listOptedIn: locked(out.contactsOptedIn.bind(out)) },
    rounds: { get: locked(out.rounds.get), list: locked(out.listRounds.bind(out)) },
    roundEntries: { get: locked(out.entries.get), listByRound: locked(out.entriesByRound.bind(out)), listByOpenid: locked(out.entriesByOpenid.bind(out)) },
    upkeep: { get: locked(out.upkeep.get), listListed: locked(out.upkeepListed.bind(out)), listOpenChanges: locked(out.upkeepOpen.bind(out)) },
    profiles: { get: locked(out.profiles.get), listByOwner: locked(out.profilesByOwner.bind(out)) },
    counters: { peek: locked(ops.peekCounter.bind(ops)) },
    claims: { get: locked(ops.getClaim.bind(ops)) },
    credits: { get: locked(ops.getCredit.bind(ops)) },
    rateLimits: { purgeExpired: locked(ops.purgeRateCounters.bind(ops)) },
    trackedFiles: {
      insert: locked(ops.insertTracked.bind(ops)),
      get: locked(ops.getTracked.bind(ops)),
      put: locked(ops.putTracked.bind(ops)),
      remove: locked(ops.removeTracked.bind(ops)),
      expired: locked(ops.expiredTracked.bind(ops)),
      countByOwnerSince: locked(ops.countTracked.bind(ops)),
      listByFileId: locked(ops.trackedByFileId.bind(ops))
    },
    runUnit: <T>(fn: (tx: UnitOfWork) => Promise<T>) =>
      lock.run(async () => {
        db.exec('BEGIN IMMEDIATE')
        try {
          const out = await fn(unit)
          db.exec('COMMIT')
          return out
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK')
          throw err
        }
      }),
    close: () => db.close(),
    clear: locked(() => {
      db.exec('DELETE FROM filing_tags; DELETE FROM filing_search; DELETE FROM filings; DELETE FROM audit; DELETE FROM outbox; DELETE FROM counters; DELETE FROM staff; DELETE FROM invites; DELETE FROM idempotency; DELETE FROM reports; DELETE FROM leads; DELETE FROM cases; DELETE FROM claims; DELETE FROM credits; DELETE FROM rate_limits; DELETE FROM tracked_files;')
      for (const t of OUTREACH_TABLES) db.exec(`DELETE FROM ${t}`)
    })
  }
}
