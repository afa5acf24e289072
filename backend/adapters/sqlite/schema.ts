/**
 * SQLite layout: every record is a JSON `doc`, plus the scalar columns the queries filter or
 * sort on. WAL + busy_timeout so the local server and a seed script can share the file.
 */
export const SCHEMA_SQL = `
PRAGMA journal_mode = WAL;
PRAGMA busy_timeout = 5000;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS filings (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  status TEXT NOT NULL,
  version INTEGER NOT NULL,
  sort_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT,
  filing_number TEXT UNIQUE,
  subject_type TEXT,
  town TEXT,
  due_date TEXT,
  review_due TEXT,
  fix_by TEXT,
  search_text TEXT NOT NULL DEFAULT '',
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS filings_owner ON filings(owner, updated_at);
CREATE INDEX IF NOT EXISTS filings_queue ON filings(status, sort_at, id);
CREATE INDEX IF NOT EXISTS filings_sort ON filings(sort_at, id);
CREATE INDEX IF NOT EXISTS filings_review_due ON filings(status, review_due);
CREATE INDEX IF NOT EXISTS filings_stale ON filings(status, updated_at);
-- One row per lookup tag of a filing: account keys, name keys, 'platform:<code>' and, for the
-- valid approved version, 'pub:<key>' (what the public lookup finds it by).
CREATE TABLE IF NOT EXISTS filing_tags (
  filing_id TEXT NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (filing_id, tag)
);
CREATE INDEX IF NOT EXISTS filing_tags_tag ON filing_tags(tag, filing_id);
-- The staff search index: one row per search key of a filing (core searchKeysOf), written in the
-- same transaction as the filing. Keyed by key first: a search is one index range per key.
CREATE TABLE IF NOT EXISTS filing_search (
  key TEXT NOT NULL,
  filing_id TEXT NOT NULL REFERENCES filings(id) ON DELETE CASCADE,
  PRIMARY KEY (key, filing_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS filing_search_filing ON filing_search(filing_id);
CREATE TABLE IF NOT EXISTS audit (
  id TEXT PRIMARY KEY, filing_id TEXT, action TEXT NOT NULL, at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_filing ON audit(filing_id, at);
CREATE INDEX IF NOT EXISTS audit_action ON audit(action, at);
CREATE TABLE IF NOT EXISTS outbox (
  id TEXT PRIMARY KEY, filing_id TEXT NOT NULL, status TEXT NOT NULL, next_attempt_at TEXT NOT NULL,
  created_at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox(status, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_filing ON outbox(filing_id, created_at);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS staff (openid TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS invites (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, filing_id TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS credits (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS rate_limits (id TEXT PRIMARY KEY, expires_at TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS rate_limits_expiry ON rate_limits(expires_at);
CREATE TABLE IF NOT EXISTS reports (
  id TEXT PRIMARY KEY, reporter TEXT NOT NULL, at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_reporter ON reports(reporter, at);
CREATE TABLE IF NOT EXISTS tracked_files (
  id TEXT PRIMARY KEY, kind TEXT NOT NULL, owner TEXT NOT NULL, file_id TEXT NOT NULL,
  created_at TEXT NOT NULL, expires_at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tracked_files_expiry ON tracked_files(expires_at);
CREATE INDEX IF NOT EXISTS tracked_files_owner ON tracked_files(owner, created_at);
CREATE INDEX IF NOT EXISTS tracked_files_file ON tracked_files(file_id);
CREATE TABLE IF NOT EXISTS leads (
  id TEXT PRIMARY KEY, status TEXT NOT NULL, account_key TEXT NOT NULL, platform TEXT NOT NULL, town TEXT,
  urged INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL, search_text TEXT NOT NULL DEFAULT '', doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS leads_status ON leads(status, updated_at);
CREATE INDEX IF NOT EXISTS leads_key ON leads(account_key, status);
CREATE TABLE IF NOT EXISTS cases (
  id TEXT PRIMARY KEY, stage TEXT NOT NULL, filing_id TEXT, lead_id TEXT, operator TEXT,
  public_active INTEGER NOT NULL DEFAULT 0, published_at TEXT, reminder_on TEXT, updated_at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_stage ON cases(stage, updated_at);
CREATE INDEX IF NOT EXISTS cases_operator ON cases(operator, updated_at);
CREATE INDEX IF NOT EXISTS cases_filing ON cases(filing_id);
CREATE INDEX IF NOT EXISTS cases_lead ON cases(lead_id);
CREATE INDEX IF NOT EXISTS cases_public ON cases(public_active, published_at);
CREATE INDEX IF NOT EXISTS cases_reminder ON cases(reminder_on);
`

/**
 * Columns added after a table first shipped: `CREATE TABLE IF NOT EXISTS` leaves an existing
 * table as it was, so each is added when missing (a local .data/ from an older build keeps working).
 */
export const ADDED_COLUMNS: Array<{ table: string; column: string; type: string }> = [
  { table: 'reports', column: 'status', type: "TEXT NOT NULL DEFAULT 'open'" },
  { table: 'reports', column: 'receipt', type: 'TEXT' },
  { table: 'reports', column: 'lead_id', type: 'TEXT' },
  { table: 'reports', column: 'assignee', type: 'TEXT' },
  { table: 'reports', column: 'version', type: 'INTEGER NOT NULL DEFAULT 1' },
  { table: 'audit', column: 'ref_id', type: 'TEXT' },
  { table: 'filings', column: 'first_submitted_at', type: 'TEXT' },
  { table: 'filings', column: 'late', type: 'INTEGER NOT NULL DEFAULT 0' },
  { table: 'filings', column: 'fix_by', type: 'TEXT' }
]

/** Indexes on added columns, created once the columns exist. */
export const ADDED_INDEXES_SQL = `
CREATE UNIQUE INDEX IF NOT EXISTS reports_receipt ON reports(receipt) WHERE receipt IS NOT NULL;
CREATE INDEX IF NOT EXISTS reports_status ON reports(status, at);
CREATE INDEX IF NOT EXISTS reports_lead ON reports(lead_id, status);
CREATE INDEX IF NOT EXISTS audit_ref ON audit(ref_id, at);
CREATE INDEX IF NOT EXISTS filings_late ON filings(late, first_submitted_at);
CREATE INDEX IF NOT EXISTS filings_fix_by ON filings(status, fix_by);
`
