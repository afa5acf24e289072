/**
 * Synchronous SQLite operations of the outreach collections: activities, participations (one
 * operator in one event) and opted-in self-check contacts. A JSON `doc` plus the columns queried;
 * every versioned write checks the version it replaces.
 */
import type { ActivityRecord, OutreachContactRecord, ParticipationRecord, ProfileRecord, RoundEntryRecord, RoundRecord, UpkeepRecord } from '../../ports/records'
import { Statements, parse, parseAll, type Row } from './sqlite-ops'

export const OUTREACH_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS activities (id TEXT PRIMARY KEY, version INTEGER NOT NULL, starts_at TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS activities_starts ON activities(starts_at);
CREATE TABLE IF NOT EXISTS participations (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, activity_id TEXT NOT NULL, openid TEXT NOT NULL, starts_at TEXT NOT NULL,
  checkin_code TEXT NOT NULL UNIQUE, invited_at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS participations_openid ON participations(openid, starts_at);
CREATE INDEX IF NOT EXISTS participations_activity ON participations(activity_id, invited_at);
CREATE TABLE IF NOT EXISTS outreach_contacts (id TEXT PRIMARY KEY, version INTEGER NOT NULL, opted_in INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS outreach_contacts_opted ON outreach_contacts(opted_in, id);
CREATE TABLE IF NOT EXISTS reverify_rounds (id TEXT PRIMARY KEY, version INTEGER NOT NULL, opened_at TEXT NOT NULL, doc TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reverify_entries (
  id TEXT PRIMARY KEY, version INTEGER NOT NULL, round_id TEXT NOT NULL, status TEXT NOT NULL, openid TEXT NOT NULL, updated_at TEXT NOT NULL, doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reverify_entries_round ON reverify_entries(round_id, status, id);
CREATE INDEX IF NOT EXISTS reverify_entries_openid ON reverify_entries(openid, updated_at);
CREATE TABLE IF NOT EXISTS filing_upkeep (id TEXT PRIMARY KEY, version INTEGER NOT NULL, listed INTEGER NOT NULL, change_open INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS filing_upkeep_listed ON filing_upkeep(listed, id);
CREATE INDEX IF NOT EXISTS filing_upkeep_open ON filing_upkeep(change_open, id);
CREATE TABLE IF NOT EXISTS subject_profiles (id TEXT PRIMARY KEY, version INTEGER NOT NULL, owner_openid TEXT NOT NULL, updated_at TEXT NOT NULL, doc TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS subject_profiles_owner ON subject_profiles(owner_openid, updated_at);
`
export const OUTREACH_TABLES = ['activities', 'participations', 'outreach_contacts', 'reverify_rounds', 'reverify_entries', 'filing_upkeep', 'subject_profiles'] as const

type SqlValue = string | number

/** A versioned JSON-doc table: `doc` holds the record; the named columns copy what queries filter and sort on. */
export interface DocTable<T extends { id: string; version: number }> {
  get(id: string): T | null
  insert(r: T): void
  /** Writes `next` only over version `expected`; false when another write came first. */
  replace(next: T, expected: number): boolean
}

const flag = (b: boolean) => (b ? 1 : 0)

export class OutreachOps extends Statements {
  private docTable<T extends { id: string; version: number }>(name: string, columns: Record<string, (r: T) => SqlValue>): DocTable<T> {
    const keys = Object.keys(columns)
    const values = (r: T) => keys.map((k) => columns[k](r))
    const insert = `INSERT INTO ${name} (id, version, ${keys.join(', ')}, doc) VALUES (${['?', '?', ...keys.map(() => '?'), '?'].join(',')})`
    const replace = `UPDATE ${name} SET version=?, ${keys.map((k) => `${k}=?`).join(', ')}, doc=? WHERE id=? AND version=?`
    return {
      get: (id) => parse<T>(this.st(`SELECT doc FROM ${name} WHERE id = ?`).get(id) as Row | undefined),
      insert: (r) => void this.st(insert).run(r.id, r.version, ...values(r), JSON.stringify(r)),
      replace: (next, expected) => this.st(replace).run(next.version, ...values(next), JSON.stringify(next), next.id, expected).changes === 1
    }
  }

  readonly activities = this.docTable<ActivityRecord>('activities', { starts_at: (a) => a.startsAt })
  readonly participations = this.docTable<ParticipationRecord>('participations', {
    activity_id: (p) => p.activityId, openid: (p) => p.openid, starts_at: (p) => p.startsAt, checkin_code: (p) => p.checkinCode, invited_at: (p) => p.invitedAt
  })
  readonly contacts = this.docTable<OutreachContactRecord>('outreach_contacts', { opted_in: (c) => flag(c.optedIn) })
  readonly rounds = this.docTable<RoundRecord>('reverify_rounds', { opened_at: (r) => r.openedAt })
  readonly entries = this.docTable<RoundEntryRecord>('reverify_entries', { round_id: (e) => e.roundId, status: (e) => e.status, openid: (e) => e.openid, updated_at: (e) => e.updatedAt })
  readonly upkeep = this.docTable<UpkeepRecord>('filing_upkeep', { listed: (u) => flag(u.listed), change_open: (u) => flag(u.changeOpen) })
  // Subject profiles (organisations, issue 12 §7) live beside the outreach collections: same shape, one owner each.
  readonly profiles = this.docTable<ProfileRecord>('subject_profiles', { owner_openid: (p) => p.ownerOpenid, updated_at: (p) => p.updatedAt })

  listActivities(limit: number): ActivityRecord[] {
    return parseAll<ActivityRecord>(this.st('SELECT doc FROM activities ORDER BY starts_at DESC, id DESC LIMIT ?').all(limit) as Row[])
  }

  participationsByOpenid(openid: string, limit: number): ParticipationRecord[] {
    return parseAll<ParticipationRecord>(this.st('SELECT doc FROM participations WHERE openid = ? ORDER BY starts_at DESC, id LIMIT ?').all(openid, limit) as Row[])
  }
  participationsByActivity(activityId: string, limit: number): ParticipationRecord[] {
    return parseAll<ParticipationRecord>(this.st('SELECT doc FROM participations WHERE activity_id = ? ORDER BY invited_at, id LIMIT ?').all(activityId, limit) as Row[])
  }
  participationByCode(code: string): ParticipationRecord | null {
    return parse<ParticipationRecord>(this.st('SELECT doc FROM participations WHERE checkin_code = ?').get(code) as Row | undefined)
  }

  contactsOptedIn(afterId: string | null, limit: number): OutreachContactRecord[] {
    return parseAll<OutreachContactRecord>(this.st('SELECT doc FROM outreach_contacts WHERE opted_in = 1 AND id > ? ORDER BY id LIMIT ?').all(afterId ?? '', limit) as Row[])
  }

  listRounds(limit: number): RoundRecord[] {
    return parseAll<RoundRecord>(this.st('SELECT doc FROM reverify_rounds ORDER BY opened_at DESC, id DESC LIMIT ?').all(limit) as Row[])
  }

  entriesByRound(roundId: string, statuses: string[], afterId: string | null, limit: number): RoundEntryRecord[] {
    const where = statuses.length ? ` AND status IN (${statuses.map(() => '?').join(',')})` : ''
    return parseAll<RoundEntryRecord>(this.st(`SELECT doc FROM reverify_entries WHERE round_id = ?${where} AND id > ? ORDER BY id LIMIT ?`).all(roundId, ...statuses, afterId ?? '', limit) as Row[])
  }
  entriesByOpenid(openid: string, limit: number): RoundEntryRecord[] {
    return parseAll<RoundEntryRecord>(this.st('SELECT doc FROM reverify_entries WHERE openid = ? ORDER BY updated_at DESC, id LIMIT ?').all(openid, limit) as Row[])
  }

  upkeepListed(afterId: string | null, limit: number): UpkeepRecord[] {
    return parseAll<UpkeepRecord>(this.st('SELECT doc FROM filing_upkeep WHERE listed = 1 AND id > ? ORDER BY id LIMIT ?').all(afterId ?? '', limit) as Row[])
  }
  upkeepOpen(afterId: string | null, limit: number): UpkeepRecord[] {
    return parseAll<UpkeepRecord>(this.st('SELECT doc FROM filing_upkeep WHERE change_open = 1 AND id > ? ORDER BY id LIMIT ?').all(afterId ?? '', limit) as Row[])
  }

  deleteProfile(id: string, expected: number): boolean {
    return this.st('DELETE FROM subject_profiles WHERE id=? AND version=?').run(id, expected).changes === 1
  }
  profilesByOwner(openid: string, limit: number): ProfileRecord[] {
    return parseAll<ProfileRecord>(this.st('SELECT doc FROM subject_profiles WHERE owner_openid = ? ORDER BY updated_at DESC, id LIMIT ?').all(openid, limit) as Row[])
  }
}
