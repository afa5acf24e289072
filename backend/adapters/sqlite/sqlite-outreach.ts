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

export class OutreachOps extends Statements {
  getActivity(id: string): ActivityRecord | null {
    return parse<ActivityRecord>(this.st('SELECT doc FROM activities WHERE id = ?').get(id) as Row | undefined)
  }
  insertActivity(a: ActivityRecord): void {
    this.st('INSERT INTO activities (id, version, starts_at, doc) VALUES (?,?,?,?)').run(a.id, a.version, a.startsAt, JSON.stringify(a))
  }
  replaceActivity(next: ActivityRecord, expected: number): boolean {
    return this.st('UPDATE activities SET version=?, starts_at=?, doc=? WHERE id=? AND version=?').run(next.version, next.startsAt, JSON.stringify(next), next.id, expected).changes === 1
  }
  listActivities(limit: number): ActivityRecord[] {
    return parseAll<ActivityRecord>(this.st('SELECT doc FROM activities ORDER BY starts_at DESC, id DESC LIMIT ?').all(limit) as Row[])
  }

  getParticipation(id: string): ParticipationRecord | null {
    return parse<ParticipationRecord>(this.st('SELECT doc FROM participations WHERE id = ?').get(id) as Row | undefined)
  }
  insertParticipation(p: ParticipationRecord): void {
    this.st('INSERT INTO participations (id, version, activity_id, openid, starts_at, checkin_code, invited_at, doc) VALUES (?,?,?,?,?,?,?,?)')
      .run(p.id, p.version, p.activityId, p.openid, p.startsAt, p.checkinCode, p.invitedAt, JSON.stringify(p))
  }
  replaceParticipation(next: ParticipationRecord, expected: number): boolean {
    return this.st('UPDATE participations SET version=?, starts_at=?, doc=? WHERE id=? AND version=?').run(next.version, next.startsAt, JSON.stringify(next), next.id, expected).changes === 1
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

  getContact(id: string): OutreachContactRecord | null {
    return parse<OutreachContactRecord>(this.st('SELECT doc FROM outreach_contacts WHERE id = ?').get(id) as Row | undefined)
  }
  insertContact(c: OutreachContactRecord): void {
    this.st('INSERT INTO outreach_contacts (id, version, opted_in, doc) VALUES (?,?,?,?)').run(c.id, c.version, c.optedIn ? 1 : 0, JSON.stringify(c))
  }
  replaceContact(next: OutreachContactRecord, expected: number): boolean {
    return this.st('UPDATE outreach_contacts SET version=?, opted_in=?, doc=? WHERE id=? AND version=?').run(next.version, next.optedIn ? 1 : 0, JSON.stringify(next), next.id, expected).changes === 1
  }
  contactsOptedIn(afterId: string | null, limit: number): OutreachContactRecord[] {
    return parseAll<OutreachContactRecord>(this.st('SELECT doc FROM outreach_contacts WHERE opted_in = 1 AND id > ? ORDER BY id LIMIT ?').all(afterId ?? '', limit) as Row[])
  }

  getRound(id: string): RoundRecord | null {
    return parse<RoundRecord>(this.st('SELECT doc FROM reverify_rounds WHERE id = ?').get(id) as Row | undefined)
  }
  insertRound(r: RoundRecord): void {
    this.st('INSERT INTO reverify_rounds (id, version, opened_at, doc) VALUES (?,?,?,?)').run(r.id, r.version, r.openedAt, JSON.stringify(r))
  }
  replaceRound(next: RoundRecord, expected: number): boolean {
    return this.st('UPDATE reverify_rounds SET version=?, opened_at=?, doc=? WHERE id=? AND version=?').run(next.version, next.openedAt, JSON.stringify(next), next.id, expected).changes === 1
  }
  listRounds(limit: number): RoundRecord[] {
    return parseAll<RoundRecord>(this.st('SELECT doc FROM reverify_rounds ORDER BY opened_at DESC, id DESC LIMIT ?').all(limit) as Row[])
  }

  getEntry(id: string): RoundEntryRecord | null {
    return parse<RoundEntryRecord>(this.st('SELECT doc FROM reverify_entries WHERE id = ?').get(id) as Row | undefined)
  }
  insertEntry(e: RoundEntryRecord): void {
    this.st('INSERT INTO reverify_entries (id, version, round_id, status, openid, updated_at, doc) VALUES (?,?,?,?,?,?,?)').run(e.id, e.version, e.roundId, e.status, e.openid, e.updatedAt, JSON.stringify(e))
  }
  replaceEntry(next: RoundEntryRecord, expected: number): boolean {
    return this.st('UPDATE reverify_entries SET version=?, status=?, updated_at=?, doc=? WHERE id=? AND version=?').run(next.version, next.status, next.updatedAt, JSON.stringify(next), next.id, expected).changes === 1
  }
  entriesByRound(roundId: string, statuses: string[], afterId: string | null, limit: number): RoundEntryRecord[] {
    const where = statuses.length ? ` AND status IN (${statuses.map(() => '?').join(',')})` : ''
    return parseAll<RoundEntryRecord>(this.st(`SELECT doc FROM reverify_entries WHERE round_id = ?${where} AND id > ? ORDER BY id LIMIT ?`).all(roundId, ...statuses, afterId ?? '', limit) as Row[])
  }
  entriesByOpenid(openid: string, limit: number): RoundEntryRecord[] {
    return parseAll<RoundEntryRecord>(this.st('SELECT doc FROM reverify_entries WHERE openid = ? ORDER BY updated_at DESC, id LIMIT ?').all(openid, limit) as Row[])
  }

  getUpkeep(id: string): UpkeepRecord | null {
    return parse<UpkeepRecord>(this.st('SELECT doc FROM filing_upkeep WHERE id = ?').get(id) as Row | undefined)
  }
  insertUpkeep(u: UpkeepRecord): void {
    this.st('INSERT INTO filing_upkeep (id, version, listed, change_open, doc) VALUES (?,?,?,?,?)').run(u.id, u.version, u.listed ? 1 : 0, u.changeOpen ? 1 : 0, JSON.stringify(u))
  }
  replaceUpkeep(next: UpkeepRecord, expected: number): boolean {
    return this.st('UPDATE filing_upkeep SET version=?, listed=?, change_open=?, doc=? WHERE id=? AND version=?').run(next.version, next.listed ? 1 : 0, next.changeOpen ? 1 : 0, JSON.stringify(next), next.id, expected).changes === 1
  }
  upkeepListed(afterId: string | null, limit: number): UpkeepRecord[] {
    return parseAll<UpkeepRecord>(this.st('SELECT doc FROM filing_upkeep WHERE listed = 1 AND id > ? ORDER BY id LIMIT ?').all(afterId ?? '', limit) as Row[])
  }
  upkeepOpen(afterId: string | null, limit: number): UpkeepRecord[] {
    return parseAll<UpkeepRecord>(this.st('SELECT doc FROM filing_upkeep WHERE change_open = 1 AND id > ? ORDER BY id LIMIT ?').all(afterId ?? '', limit) as Row[])
  }

  // Subject profiles (organisations, issue 12 §7) live beside the outreach collections: same shape, one owner each.
  getProfile(id: string): ProfileRecord | null {
    return parse<ProfileRecord>(this.st('SELECT doc FROM subject_profiles WHERE id = ?').get(id) as Row | undefined)
  }
  insertProfile(p: ProfileRecord): void {
    this.st('INSERT INTO subject_profiles (id, version, owner_openid, updated_at, doc) VALUES (?,?,?,?,?)').run(p.id, p.version, p.ownerOpenid, p.updatedAt, JSON.stringify(p))
  }
  replaceProfile(next: ProfileRecord, expected: number): boolean {
    return this.st('UPDATE subject_profiles SET version=?, updated_at=?, doc=? WHERE id=? AND version=?').run(next.version, next.updatedAt, JSON.stringify(next), next.id, expected).changes === 1
  }
  deleteProfile(id: string, expected: number): boolean {
    return this.st('DELETE FROM subject_profiles WHERE id=? AND version=?').run(id, expected).changes === 1
  }
  profilesByOwner(openid: string, limit: number): ProfileRecord[] {
    return parseAll<ProfileRecord>(this.st('SELECT doc FROM subject_profiles WHERE owner_openid = ? ORDER BY updated_at DESC, id LIMIT ?').all(openid, limit) as Row[])
  }
}
