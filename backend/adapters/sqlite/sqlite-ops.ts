/**
 * Synchronous SQLite operations (better-sqlite3). The async Store in store-sqlite.ts wraps
 * them behind a mutex so an open unit of work is never interleaved with other requests.
 */
import type Database from 'better-sqlite3'
import type {
  AuditEntry,
  ClaimRecord,
  CreditRecord,
  FilingRecord,
  FilingStatusCode,
  IdempotencyRecord,
  Invite,
  OutboxMessage,
  RateCounter,
  StaffMember,
  TrackedFile
} from '../../ports/records'
import type { FilingStats, QueueCursor, QueueFilter, QueuePage } from '../../ports/store.port'
import { searchKeysOf } from '../../core'

export type Row = { doc: string }
export const parse = <T>(row: Row | undefined): T | null => (row ? (JSON.parse(row.doc) as T) : null)
export const parseAll = <T>(rows: Row[]): T[] => rows.map((r) => JSON.parse(r.doc) as T)
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c)
/** Ids per `IN (…)` query: far below SQLite's bound parameters limit (32,766), few statement shapes to cache. */
const IN_CHUNK = 500
const marks = (values: unknown[]) => values.map(() => '?').join(',')
/**
 * Runs `query` on the distinct values in chunks of IN_CHUNK and concatenates the rows. A short
 * chunk is padded with its first value (harmless in IN) so each query has one statement shape.
 */
function inChunks(values: string[], query: (chunk: string[]) => Row[]): Row[] {
  const distinct = [...new Set(values)]
  const rows: Row[] = []
  for (let i = 0; i < distinct.length; i += IN_CHUNK) {
    const chunk = distinct.slice(i, i + IN_CHUNK)
    rows.push(...query([...chunk, ...Array<string>(IN_CHUNK - chunk.length).fill(chunk[0])]))
  }
  return rows
}

/** Statements prepared once per SQL text: preparing dominates small writes otherwise. */
export class Statements {
  private readonly stmts = new Map<string, Database.Statement>()
  constructor(protected readonly db: Database.Database) {}

  protected st(sql: string): Database.Statement {
    let s = this.stmts.get(sql)
    if (!s) this.stmts.set(sql, (s = this.db.prepare(sql)))
    return s
  }
}

/** How far the search counts a key's filings when choosing the one to start from. */
const RAREST_PROBE_CAP = 2000

export class SqliteOps extends Statements {

  // ---- filings -------------------------------------------------------------------------
  getFiling(id: string): FilingRecord | null {
    return parse<FilingRecord>(this.st('SELECT doc FROM filings WHERE id = ?').get(id) as Row | undefined)
  }

  insertFiling(rec: FilingRecord): void {
    this.db
      .prepare(
        `INSERT INTO filings (id, owner, status, version, sort_at, updated_at, submitted_at, filing_number,
         subject_type, town, due_date, review_due, fix_by, search_text, first_submitted_at, late, doc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`
      )
      .run(...this.filingColumns(rec))
    this.writeAccounts(rec)
  }

  replaceFilingIfVersion(next: FilingRecord, expected: number): boolean {
    const cols = this.filingColumns(next)
    const res = this.db
      .prepare(
        `UPDATE filings SET owner=?, status=?, version=?, sort_at=?, updated_at=?, submitted_at=?,
         filing_number=?, subject_type=?, town=?, due_date=?, review_due=?, fix_by=?, search_text=?, first_submitted_at=?, late=?, doc=?
         WHERE id=? AND version=?`
      )
      .run(...cols.slice(1), cols[0], expected)
    if (res.changes !== 1) return false
    this.st('DELETE FROM filing_tags WHERE filing_id = ?').run(next.id)
    this.st('DELETE FROM filing_search WHERE filing_id = ?').run(next.id)
    this.writeAccounts(next)
    return true
  }

  deleteFilingIfVersion(id: string, expected: number): boolean {
    return this.st('DELETE FROM filings WHERE id = ? AND version = ?').run(id, expected).changes === 1
  }

  listByOwner(openid: string, limit: number): FilingRecord[] {
    // Owned or co-managed ('mgr:' tags; records older than co-managers match by owner alone).
    const rows = this.st("SELECT doc FROM filings WHERE owner = ? OR id IN (SELECT filing_id FROM filing_tags WHERE tag = ?) ORDER BY updated_at DESC, id LIMIT ?").all(openid, `mgr:${openid}`, limit)
    return parseAll<FilingRecord>(rows as Row[])
  }

  /**
   * FROM, WHERE and arguments of a queue filter (shared by the queue and its counts). A search
   * starts from the index: the filings holding its rarest key, CROSS JOIN so
   * the planner keeps that order, each other key one primary-key probe, then the query itself
   * in the candidates' text. Without a search, the filings table with its own indexes.
   */
  private queueWhere(filter: QueueFilter): { from: string; where: string[]; args: unknown[] } {
    const where: string[] = []
    const args: unknown[] = []
    const add = (sql: string, ...arg: unknown[]) => {
      where.push(sql)
      args.push(...arg)
    }
    let from = 'filings'
    if (filter.search) {
      const [first, ...rest] = this.rarestFirst(filter.search.keys)
      from = 'filing_search s0 CROSS JOIN filings ON filings.id = s0.filing_id'
      add('s0.key = ?', first)
      for (const key of rest) add('EXISTS (SELECT 1 FROM filing_search s WHERE s.key = ? AND s.filing_id = filings.id)', key)
      add("filings.search_text LIKE ? ESCAPE '\\'", `%${likeEscape(filter.search.text.toLowerCase())}%`)
    }
    if (filter.statuses?.length) add(`filings.status IN (${filter.statuses.map(() => '?').join(',')})`, ...filter.statuses)
    if (filter.platform) add('EXISTS (SELECT 1 FROM filing_tags t WHERE t.filing_id = filings.id AND t.tag = ?)', `platform:${filter.platform}`)
    if (filter.subjectType) add('filings.subject_type = ?', filter.subjectType)
    if (filter.town) add('filings.town = ?', filter.town)
    if (filter.dueBefore) add('filings.due_date IS NOT NULL AND filings.due_date < ?', filter.dueBefore)
    if (filter.reviewDueBefore) add('filings.review_due IS NOT NULL AND filings.review_due < ?', filter.reviewDueBefore)
    return { from, where, args }
  }

  /**
   * A query's keys, the one held by the fewest filings first ("demo_weibo_4300": "4300" before
   * "weibo"). Each count stops at RAREST_PROBE_CAP rows, so a common key costs a bounded probe.
   */
  private rarestFirst(keys: readonly string[]): string[] {
    if (keys.length < 2) return [...keys]
    const probe = this.st('SELECT COUNT(*) AS n FROM (SELECT 1 FROM filing_search WHERE key = ? LIMIT ?)')
    const counted = keys.map((key) => ({ key, n: (probe.get(key, RAREST_PROBE_CAP) as { n: number }).n }))
    return counted.sort((a, b) => a.n - b.n || a.key.localeCompare(b.key)).map((c) => c.key)
  }

  /** The statement of a queue page (exposed so a test can read its query plan). */
  queueStatement(filter: QueueFilter, cursor: QueueCursor | null, limit: number): { sql: string; args: unknown[] } {
    const { from, where, args } = this.queueWhere(filter)
    if (cursor) {
      where.push('(filings.sort_at > ? OR (filings.sort_at = ? AND filings.id > ?))')
      args.push(cursor.sortAt, cursor.sortAt, cursor.id)
    }
    const sql = `SELECT filings.doc FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY filings.sort_at, filings.id LIMIT ?`
    return { sql, args: [...args, limit] }
  }

  /** The statement of the per-status counts under a filter. */
  countStatement(filter: QueueFilter): { sql: string; args: unknown[] } {
    const { from, where, args } = this.queueWhere(filter)
    return { sql: `SELECT filings.status AS status, COUNT(*) AS n FROM ${from} ${where.length ? 'WHERE ' + where.join(' AND ') : ''} GROUP BY filings.status`, args }
  }

  countByStatus(filter: QueueFilter): Record<string, number> {
    const { sql, args } = this.countStatement(filter)
    return Object.fromEntries((this.st(sql).all(...args) as Array<{ status: string; n: number }>).map((r) => [r.status, r.n]))
  }

  queue(filter: QueueFilter, cursor: QueueCursor | null, limit: number): QueuePage {
    const { sql, args } = this.queueStatement(filter, cursor, limit + 1)
    const items = parseAll<FilingRecord>(this.st(sql).all(...args) as Row[])
    const more = items.length > limit
    if (more) items.pop()
    const last = items[items.length - 1]
    return { items, next: more && last ? { sortAt: last.sortAt, id: last.id } : null }
  }

  findByAccountKeys(keys: string[], statuses: FilingStatusCode[]): FilingRecord[] {
    if (!keys.length || !statuses.length) return []
    const sql = `SELECT DISTINCT f.doc FROM filings f JOIN filing_tags t ON t.filing_id = f.id
      WHERE t.tag IN (${keys.map(() => '?').join(',')}) AND f.status IN (${statuses.map(() => '?').join(',')})`
    return parseAll<FilingRecord>(this.st(sql).all(...keys, ...statuses) as Row[])
  }

  findByPublicKeys(keys: string[]): FilingRecord[] {
    if (!keys.length) return []
    const sql = `SELECT DISTINCT f.doc FROM filings f JOIN filing_tags t ON t.filing_id = f.id WHERE t.tag IN (${keys.map(() => '?').join(',')})`
    return parseAll<FilingRecord>(this.st(sql).all(...keys.map((k) => `pub:${k}`)) as Row[])
  }

  listFixByUpTo(upTo: string, limit: number): FilingRecord[] {
    const sql = `SELECT doc FROM filings WHERE status = 'returned' AND fix_by IS NOT NULL AND fix_by <= ? ORDER BY fix_by, id LIMIT ?`
    return parseAll<FilingRecord>(this.st(sql).all(upTo, limit) as Row[])
  }

  getFilings(ids: string[]): FilingRecord[] {
    return parseAll<FilingRecord>(inChunks(ids, (chunk) => this.st(`SELECT doc FROM filings WHERE id IN (${marks(chunk)})`).all(...chunk) as Row[]))
  }

  findByNumbers(filingNumbers: string[]): FilingRecord[] {
    return parseAll<FilingRecord>(inChunks(filingNumbers, (chunk) => this.st(`SELECT doc FROM filings WHERE filing_number IN (${marks(chunk)})`).all(...chunk) as Row[]))
  }

  findByNumber(filingNumber: string): FilingRecord | null {
    return parse<FilingRecord>(this.st('SELECT doc FROM filings WHERE filing_number = ?').get(filingNumber) as Row | undefined)
  }

  listStale(statuses: FilingStatusCode[], before: string, limit: number, opts: { withDocuments?: boolean } = {}): FilingRecord[] {
    if (!statuses.length) return []
    const docs = opts.withDocuments ? " AND COALESCE(json_array_length(doc, '$.working.content.documents'), 0) > 0" : ''
    const sql = `SELECT doc FROM filings WHERE status IN (${statuses.map(() => '?').join(',')}) AND updated_at < ?${docs} ORDER BY updated_at LIMIT ?`
    return parseAll<FilingRecord>(this.st(sql).all(...statuses, before, limit) as Row[])
  }

  stats(utcOffsetMinutes: number, visible: readonly FilingStatusCode[]): FilingStats {
    const toMap = (rows: Array<{ k: string | null; n: number }>) =>
      Object.fromEntries(rows.filter((r) => r.k !== null).map((r) => [r.k as string, r.n]))
    const q = (sql: string, ...args: unknown[]) => toMap(this.st(sql).all(...args) as Array<{ k: string | null; n: number }>)
    const inVisible = `IN (${visible.map(() => '?').join(',') || "''"})`
    const shift = `'${utcOffsetMinutes >= 0 ? '+' : ''}${utcOffsetMinutes} minutes'`
    return {
      byStatus: q('SELECT status AS k, COUNT(*) AS n FROM filings GROUP BY status'),
      byPlatform: q(
        `SELECT substr(t.tag, 10) AS k, COUNT(*) AS n FROM filing_tags t JOIN filings f ON f.id = t.filing_id
         WHERE t.tag LIKE 'platform:%' AND f.status ${inVisible} GROUP BY t.tag`,
        ...visible
      ),
      byTown: q(`SELECT town AS k, COUNT(*) AS n FROM filings WHERE status ${inVisible} GROUP BY town`, ...visible),
      byWeek: q(
        `SELECT date(datetime(submitted_at, ${shift}), '-6 days', 'weekday 1') AS k, COUNT(*) AS n FROM filings
         WHERE submitted_at IS NOT NULL GROUP BY k`
      ),
      total: (this.st(`SELECT COUNT(*) AS n FROM filings WHERE status ${inVisible}`).get(...visible) as { n: number }).n
    }
  }

  countFilingsBy(field: 'town' | 'platform', statuses: FilingStatusCode[]): Record<string, number> {
    if (!statuses.length) return {}
    const marks = statuses.map(() => '?').join(',')
    const sql =
      field === 'town'
        ? `SELECT town AS k, COUNT(*) AS n FROM filings WHERE status IN (${marks}) AND town IS NOT NULL GROUP BY town`
        : `SELECT substr(t.tag, 10) AS k, COUNT(*) AS n FROM filing_tags t JOIN filings f ON f.id = t.filing_id
           WHERE t.tag LIKE 'platform:%' AND f.status IN (${marks}) GROUP BY t.tag`
    const rows = this.st(sql).all(...statuses) as Array<{ k: string; n: number }>
    return Object.fromEntries(rows.map((r) => [r.k, r.n]))
  }

  lateCounts(): { submitted: number; late: number } {
    const row = this.st('SELECT COUNT(*) AS submitted, COALESCE(SUM(late), 0) AS late FROM filings WHERE first_submitted_at IS NOT NULL').get() as { submitted: number; late: number }
    return { submitted: row.submitted, late: row.late }
  }

  listLate(from: string, to: string, limit: number): FilingRecord[] {
    const rows = this.st('SELECT doc FROM filings WHERE late = 1 AND first_submitted_at >= ? AND first_submitted_at < ? ORDER BY first_submitted_at LIMIT ?').all(from, to, limit)
    return parseAll<FilingRecord>(rows as Row[])
  }

  private filingColumns(r: FilingRecord): unknown[] {
    return [
      r.id, r.ownerOpenid, r.status, r.version, r.sortAt, r.updatedAt, r.submittedAt, r.filingNumber,
      r.index.subjectType, r.index.town, r.index.dueDate, r.reviewDueDate, r.fixBy ?? null, r.searchText, r.firstSubmittedAt ?? null, r.filedLate ? 1 : 0, JSON.stringify(r)
    ]
  }

  private writeAccounts(r: FilingRecord): void {
    const ins = this.st('INSERT OR IGNORE INTO filing_tags (filing_id, tag) VALUES (?,?)')
    for (const key of r.index.accountKeys) ins.run(r.id, key)
    for (const p of r.index.platforms) ins.run(r.id, `platform:${p}`)
    for (const key of r.publicKeys ?? []) ins.run(r.id, `pub:${key}`)
    for (const m of r.managers ?? []) ins.run(r.id, `mgr:${m.openid}`)
    const key = this.st('INSERT OR IGNORE INTO filing_search (key, filing_id) VALUES (?,?)')
    // The index is derived here, from the search text written in this same statement group.
    for (const k of searchKeysOf(r.searchText ?? '')) key.run(k, r.id)
  }

  /**
   * Fills the search index of filings that have none (a database from before the index, or rows
   * written around the store): idempotent, run when the store opens. Returns the filings indexed.
   */
  backfillSearchKeys(): number {
    const rows = this.st("SELECT id, search_text FROM filings WHERE search_text <> '' AND NOT EXISTS (SELECT 1 FROM filing_search s WHERE s.filing_id = filings.id)").all() as Array<{ id: string; search_text: string }>
    const key = this.st('INSERT OR IGNORE INTO filing_search (key, filing_id) VALUES (?,?)')
    for (const r of rows) for (const k of searchKeysOf(r.search_text)) key.run(k, r.id)
    return rows.length
  }

  // ---- audit / outbox ------------------------------------------------------------------
  insertAudit(e: AuditEntry): void {
    this.st('INSERT INTO audit (id, filing_id, ref_id, action, at, doc) VALUES (?,?,?,?,?,?)').run(e.id, e.filingId, e.refId ?? null, e.action, e.at, JSON.stringify(e))
  }
  auditByRef(refId: string): AuditEntry[] {
    return parseAll<AuditEntry>(this.st('SELECT doc FROM audit WHERE ref_id = ? ORDER BY at, rowid').all(refId) as Row[])
  }
  auditBetween(actions: string[], from: string, to: string, limit: number): AuditEntry[] {
    if (!actions.length) return []
    const sql = `SELECT doc FROM audit WHERE action IN (${actions.map(() => '?').join(',')}) AND at >= ? AND at < ? ORDER BY at, rowid LIMIT ?`
    return parseAll<AuditEntry>(this.st(sql).all(...actions, from, to, limit) as Row[])
  }
  auditByFiling(filingId: string): AuditEntry[] {
    return parseAll<AuditEntry>(this.st('SELECT doc FROM audit WHERE filing_id = ? ORDER BY at, rowid').all(filingId) as Row[])
  }
  auditByAction(action: string, limit: number): AuditEntry[] {
    return parseAll<AuditEntry>(this.st('SELECT doc FROM audit WHERE action = ? ORDER BY at DESC, rowid DESC LIMIT ?').all(action, limit) as Row[])
  }

  insertOutbox(m: OutboxMessage): void {
    this.db
      .prepare('INSERT INTO outbox (id, filing_id, status, next_attempt_at, created_at, doc) VALUES (?,?,?,?,?,?)')
      .run(m.id, m.filingId, m.status, m.nextAttemptAt, m.createdAt, JSON.stringify(m))
  }
  outboxDue(now: string, limit: number): OutboxMessage[] {
    const rows = this.db
      .prepare(`SELECT doc FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT ?`)
      .all(now, limit)
    return parseAll<OutboxMessage>(rows as Row[])
  }
  getOutbox(id: string): OutboxMessage | null {
    return parse<OutboxMessage>(this.st('SELECT doc FROM outbox WHERE id = ?').get(id) as Row | undefined)
  }
  writeOutbox(m: OutboxMessage, expectNextAttemptAt?: string): boolean {
    const sql = `UPDATE outbox SET status = ?, next_attempt_at = ?, doc = ? WHERE id = ?${expectNextAttemptAt ? " AND status = 'pending' AND next_attempt_at = ?" : ''}`
    const args: unknown[] = [m.status, m.nextAttemptAt, JSON.stringify(m), m.id]
    if (expectNextAttemptAt) args.push(expectNextAttemptAt)
    return this.st(sql).run(...args).changes === 1
  }
  outboxByFiling(filingId: string): OutboxMessage[] {
    return parseAll<OutboxMessage>(this.st('SELECT doc FROM outbox WHERE filing_id = ? ORDER BY created_at, rowid').all(filingId) as Row[])
  }

  // ---- small collections ----------------------------------------------------------------
  nextCounter(name: string): number {
    const row = this.db
      .prepare('INSERT INTO counters (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value')
      .get(name) as { value: number }
    return row.value
  }
  peekCounter(name: string): number {
    const row = this.st('SELECT value FROM counters WHERE name = ?').get(name) as { value: number } | undefined
    return row?.value ?? 0
  }
  getStaff(openid: string): StaffMember | null {
    return parse<StaffMember>(this.st('SELECT doc FROM staff WHERE openid = ?').get(openid) as Row | undefined)
  }
  listStaff(): StaffMember[] {
    return parseAll<StaffMember>(this.st('SELECT doc FROM staff ORDER BY openid').all() as Row[])
  }
  putStaff(m: StaffMember): void {
    this.st('INSERT INTO staff (openid, doc) VALUES (?, ?) ON CONFLICT(openid) DO UPDATE SET doc = excluded.doc').run(m.openid, JSON.stringify(m))
  }
  removeStaff(openid: string): void {
    this.st('DELETE FROM staff WHERE openid = ?').run(openid)
  }
  getInvite(id: string): Invite | null {
    return parse<Invite>(this.st('SELECT doc FROM invites WHERE id = ?').get(id) as Row | undefined)
  }
  listPendingInvites(now: string): Invite[] {
    return parseAll<Invite>(this.st('SELECT doc FROM invites').all() as Row[])
      .filter((i) => i.usedBy === null && i.expiresAt > now)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }
  removeInvite(id: string): void {
    this.st('DELETE FROM invites WHERE id = ?').run(id)
  }
  putInvite(i: Invite): void {
    this.st('INSERT INTO invites (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc').run(i.id, JSON.stringify(i))
  }
  getIdempotency(key: string): IdempotencyRecord | null {
    return parse<IdempotencyRecord>(this.st('SELECT doc FROM idempotency WHERE key = ?').get(key) as Row | undefined)
  }
  putIdempotency(r: IdempotencyRecord): void {
    this.st('INSERT INTO idempotency (key, doc) VALUES (?, ?)').run(r.key, JSON.stringify(r))
  }
  getClaim(id: string): ClaimRecord | null {
    return parse<ClaimRecord>(this.st('SELECT doc FROM claims WHERE id = ?').get(id) as Row | undefined)
  }
  getClaims(ids: string[]): ClaimRecord[] {
    return parseAll<ClaimRecord>(inChunks(ids, (chunk) => this.st(`SELECT doc FROM claims WHERE id IN (${marks(chunk)})`).all(...chunk) as Row[]))
  }
  putClaim(c: ClaimRecord): void {
    this.st('INSERT INTO claims (id, filing_id, doc) VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET filing_id = excluded.filing_id, doc = excluded.doc').run(c.id, c.filingId, JSON.stringify(c))
  }
  removeClaim(id: string): void {
    this.st('DELETE FROM claims WHERE id = ?').run(id)
  }
  getCredit(id: string): CreditRecord | null {
    return parse<CreditRecord>(this.st('SELECT doc FROM credits WHERE id = ?').get(id) as Row | undefined)
  }
  putCredit(c: CreditRecord): void {
    this.st('INSERT INTO credits (id, doc) VALUES (?,?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc').run(c.id, JSON.stringify(c))
  }
  getRateCounter(id: string): RateCounter | null {
    return parse<RateCounter>(this.st('SELECT doc FROM rate_limits WHERE id = ?').get(id) as Row | undefined)
  }
  putRateCounter(c: RateCounter): void {
    this.st('INSERT INTO rate_limits (id, expires_at, doc) VALUES (?,?,?) ON CONFLICT(id) DO UPDATE SET expires_at = excluded.expires_at, doc = excluded.doc').run(c.id, c.expiresAt, JSON.stringify(c))
  }
  purgeRateCounters(now: string): number {
    return this.st('DELETE FROM rate_limits WHERE expires_at < ?').run(now).changes
  }

  // ---- tracked files ----------------------------------------------------------------------
  putTracked(f: TrackedFile): void {
    this.st(`INSERT INTO tracked_files (id, kind, owner, file_id, created_at, expires_at, doc) VALUES (?,?,?,?,?,?,?)
      ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, owner = excluded.owner, file_id = excluded.file_id,
      created_at = excluded.created_at, expires_at = excluded.expires_at, doc = excluded.doc`)
      .run(f.id, f.kind, f.ownerOpenid, f.fileId, f.createdAt, f.expiresAt, JSON.stringify(f))
  }
  insertTracked(f: TrackedFile): void {
    this.st('INSERT INTO tracked_files (id, kind, owner, file_id, created_at, expires_at, doc) VALUES (?,?,?,?,?,?,?)')
      .run(f.id, f.kind, f.ownerOpenid, f.fileId, f.createdAt, f.expiresAt, JSON.stringify(f))
  }
  getTracked(id: string): TrackedFile | null {
    return parse<TrackedFile>(this.st('SELECT doc FROM tracked_files WHERE id = ?').get(id) as Row | undefined)
  }
  removeTracked(id: string): void {
    this.st('DELETE FROM tracked_files WHERE id = ?').run(id)
  }
  expiredTracked(now: string, limit: number): TrackedFile[] {
    return parseAll<TrackedFile>(this.st('SELECT doc FROM tracked_files WHERE expires_at <= ? ORDER BY expires_at, id LIMIT ?').all(now, limit) as Row[])
  }
  countTracked(openid: string, kinds: string[], since: string): number {
    if (!kinds.length) return 0
    const sql = `SELECT COUNT(*) AS n FROM tracked_files WHERE owner = ? AND created_at >= ? AND kind IN (${kinds.map(() => '?').join(',')})`
    return (this.st(sql).get(openid, since, ...kinds) as { n: number }).n
  }
  trackedByFileId(fileId: string): TrackedFile[] {
    return parseAll<TrackedFile>(this.st('SELECT doc FROM tracked_files WHERE file_id = ? ORDER BY created_at, id').all(fileId) as Row[])
  }
}
