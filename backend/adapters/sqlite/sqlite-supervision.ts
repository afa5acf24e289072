/**
 * Synchronous SQLite operations of the supervision collections: reports, leads and case files.
 * Like the filings, each record is a JSON `doc` plus the scalar columns its queries use; every
 * write of a versioned record checks the version it replaces.
 */
import type { CaseRecord, LeadRecord, ReportRecord } from '../../ports/records'
import type { CaseFilter, GroupField, LeadFilter, ReportFilter } from '../../ports/store.port'
import { Statements, likeEscape, parse, parseAll, type Row } from './sqlite-ops'

const marks = (n: readonly unknown[]) => n.map(() => '?').join(',')
const counts = (rows: Array<{ k: string | null; n: number }>) => Object.fromEntries(rows.filter((r) => r.k !== null).map((r) => [r.k as string, r.n]))

/** WHERE clauses from optional filters: only the conditions whose value is given. */
class Where {
  readonly parts: string[] = []
  readonly args: unknown[] = []
  oneOf(column: string, values: readonly unknown[] | undefined): this {
    if (values?.length) {
      this.parts.push(`${column} IN (${marks([...values])})`)
      this.args.push(...values)
    }
    return this
  }
  eq(column: string, value: unknown): this {
    if (value !== undefined && value !== null && value !== '') {
      this.parts.push(`${column} = ?`)
      this.args.push(value)
    }
    return this
  }
  like(column: string, text: string | undefined): this {
    if (text) {
      this.parts.push(`${column} LIKE ? ESCAPE '\\'`)
      this.args.push(`%${likeEscape(text.toLowerCase())}%`)
    }
    return this
  }
  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : ''
  }
}

export class SupervisionOps extends Statements {

  // ---- reports -------------------------------------------------------------------------
  getReport(id: string): ReportRecord | null {
    return parse<ReportRecord>(this.st('SELECT doc FROM reports WHERE id = ?').get(id) as Row | undefined)
  }
  insertReport(r: ReportRecord): void {
    this.st('INSERT INTO reports (id, reporter, at, status, receipt, lead_id, assignee, version, doc) VALUES (?,?,?,?,?,?,?,?,?)').run(...this.reportColumns(r))
  }
  replaceReport(next: ReportRecord, expected: number): boolean {
    const [id, ...rest] = this.reportColumns(next)
    return this.st('UPDATE reports SET reporter=?, at=?, status=?, receipt=?, lead_id=?, assignee=?, version=?, doc=? WHERE id=? AND version=?').run(...rest, id, expected).changes === 1
  }
  private reportColumns(r: ReportRecord): unknown[] {
    return [r.id, r.reporterOpenid, r.at, r.status, r.receiptNumber, r.leadId, r.assigneeOpenid, r.version, JSON.stringify(r)]
  }
  countReports(openid: string, since: string): number {
    return (this.st('SELECT COUNT(*) AS n FROM reports WHERE reporter = ? AND at >= ?').get(openid, since) as { n: number }).n
  }
  listReports(filter: ReportFilter, limit: number): ReportRecord[] {
    const w = new Where().oneOf('status', filter.statuses).eq('assignee', filter.assignee).eq('lead_id', filter.leadId)
    return parseAll<ReportRecord>(this.st(`SELECT doc FROM reports ${w} ORDER BY at DESC, id DESC LIMIT ?`).all(...w.args, limit) as Row[])
  }
  findByReceipt(receipt: string): ReportRecord | null {
    return parse<ReportRecord>(this.st('SELECT doc FROM reports WHERE receipt = ?').get(receipt) as Row | undefined)
  }
  reportsByReporter(openid: string, limit: number): ReportRecord[] {
    return parseAll<ReportRecord>(this.st('SELECT doc FROM reports WHERE reporter = ? ORDER BY at DESC LIMIT ?').all(openid, limit) as Row[])
  }
  openReportsByLead(leadId: string): ReportRecord[] {
    return parseAll<ReportRecord>(this.st("SELECT doc FROM reports WHERE lead_id = ? AND status <> 'closed' ORDER BY at").all(leadId) as Row[])
  }
  reportCountsByStatus(): Record<string, number> {
    return counts(this.st('SELECT status AS k, COUNT(*) AS n FROM reports GROUP BY status').all() as Array<{ k: string; n: number }>)
  }

  // ---- leads ---------------------------------------------------------------------------
  getLead(id: string): LeadRecord | null {
    return parse<LeadRecord>(this.st('SELECT doc FROM leads WHERE id = ?').get(id) as Row | undefined)
  }
  insertLead(l: LeadRecord): void {
    this.st('INSERT INTO leads (id, status, account_key, platform, town, urged, updated_at, search_text, doc) VALUES (?,?,?,?,?,?,?,?,?)').run(...this.leadColumns(l))
  }
  replaceLead(next: LeadRecord, expected: number): boolean {
    const [id, ...rest] = this.leadColumns(next)
    const sql = 'UPDATE leads SET status=?, account_key=?, platform=?, town=?, urged=?, updated_at=?, search_text=?, doc=? WHERE id=? AND json_extract(doc, \'$.version\')=?'
    return this.st(sql).run(...rest, id, expected).changes === 1
  }
  private leadColumns(l: LeadRecord): unknown[] {
    return [l.id, l.status, l.accountKey, l.platform, l.town, l.urges.length > 0 ? 1 : 0, l.updatedAt, `${l.accountName} ${l.accountId}`.toLowerCase(), JSON.stringify(l)]
  }
  listLeads(filter: LeadFilter, limit: number): LeadRecord[] {
    const w = new Where().oneOf('status', filter.statuses).eq('town', filter.town).eq('platform', filter.platform).like('search_text', filter.text)
    return parseAll<LeadRecord>(this.st(`SELECT doc FROM leads ${w} ORDER BY updated_at DESC, id DESC LIMIT ?`).all(...w.args, limit) as Row[])
  }
  leadsByKeys(keys: string[], statuses: string[]): LeadRecord[] {
    if (!keys.length || !statuses.length) return []
    const sql = `SELECT doc FROM leads WHERE account_key IN (${marks(keys)}) AND status IN (${marks(statuses)}) ORDER BY updated_at`
    return parseAll<LeadRecord>(this.st(sql).all(...keys, ...statuses) as Row[])
  }
  countLeadsBy(field: GroupField, statuses: string[], sources?: readonly string[]): Record<string, number> {
    if (!statuses.length || (sources && !sources.length)) return {}
    const col = field === 'town' ? 'town' : 'platform'
    const bySource = sources ? ` AND json_extract(doc, '$.source') IN (${marks(sources)})` : ''
    return counts(this.st(`SELECT ${col} AS k, COUNT(*) AS n FROM leads WHERE status IN (${marks(statuses)})${bySource} GROUP BY ${col}`).all(...statuses, ...(sources ?? [])) as Array<{ k: string; n: number }>)
  }
  leadCountsByStatus(): Record<string, number> {
    return counts(this.st('SELECT status AS k, COUNT(*) AS n FROM leads GROUP BY status').all() as Array<{ k: string; n: number }>)
  }
  leadUrgedCounts(): { total: number; urged: number } {
    const row = this.st('SELECT COUNT(*) AS total, COALESCE(SUM(urged), 0) AS urged FROM leads').get() as { total: number; urged: number }
    return { total: row.total, urged: row.urged }
  }

  // ---- cases ---------------------------------------------------------------------------
  getCase(id: string): CaseRecord | null {
    return parse<CaseRecord>(this.st('SELECT doc FROM cases WHERE id = ?').get(id) as Row | undefined)
  }
  insertCase(c: CaseRecord): void {
    this.st('INSERT INTO cases (id, stage, filing_id, lead_id, operator, public_active, published_at, reminder_on, updated_at, doc) VALUES (?,?,?,?,?,?,?,?,?,?)').run(...this.caseColumns(c))
  }
  replaceCase(next: CaseRecord, expected: number): boolean {
    const [id, ...rest] = this.caseColumns(next)
    const sql = "UPDATE cases SET stage=?, filing_id=?, lead_id=?, operator=?, public_active=?, published_at=?, reminder_on=?, updated_at=?, doc=? WHERE id=? AND json_extract(doc, '$.version')=?"
    return this.st(sql).run(...rest, id, expected).changes === 1
  }
  private caseColumns(c: CaseRecord): unknown[] {
    return [c.id, c.stage, c.subject.filingId, c.subject.leadId, c.operatorOpenid, c.publicActive ? 1 : 0, c.publicNotice?.publishedAt ?? null, c.reminderOn, c.updatedAt, JSON.stringify(c)]
  }
  listCases(filter: CaseFilter, limit: number): CaseRecord[] {
    const w = new Where().oneOf('stage', filter.stages).eq('filing_id', filter.filingId).eq('lead_id', filter.leadId)
    return parseAll<CaseRecord>(this.st(`SELECT doc FROM cases ${w} ORDER BY updated_at DESC, id DESC LIMIT ?`).all(...w.args, limit) as Row[])
  }
  casesByOperator(openid: string, limit: number): CaseRecord[] {
    return parseAll<CaseRecord>(this.st('SELECT doc FROM cases WHERE operator = ? ORDER BY updated_at DESC LIMIT ?').all(openid, limit) as Row[])
  }
  publicCases(limit: number): CaseRecord[] {
    return parseAll<CaseRecord>(this.st('SELECT doc FROM cases WHERE public_active = 1 ORDER BY published_at DESC, id LIMIT ?').all(limit) as Row[])
  }
  casesDueForReminder(today: string, limit: number): CaseRecord[] {
    return parseAll<CaseRecord>(this.st('SELECT doc FROM cases WHERE reminder_on IS NOT NULL AND reminder_on <= ? ORDER BY reminder_on, id LIMIT ?').all(today, limit) as Row[])
  }
}
