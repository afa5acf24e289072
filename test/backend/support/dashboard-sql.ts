/**
 * The dashboard's numbers counted straight from the SQLite file with SQL of their own (not the
 * store's queries), so a test can hold the dashboard against the database.
 */
import type Database from 'better-sqlite3'
import type { DashboardOutput } from '../../../src/core/contracts/staff/dashboard'

const FILED = "('approved','amending')"
// Leads about accounts not filed: a 年度核验 non-responder (source outreach) is a filed account.
const UNFILED_LEADS = "('open','urged','escalated','filing') AND json_extract(doc, '$.source') <> 'outreach'"

type Counts = Record<string, number>
const rows = (db: Database.Database, sql: string, ...args: unknown[]): Counts =>
  Object.fromEntries((db.prepare(sql).all(...args) as Array<{ k: string | null; n: number }>).filter((r) => r.k !== null).map((r) => [r.k as string, r.n]))
const one = (db: Database.Database, sql: string, ...args: unknown[]): number => (db.prepare(sql).get(...args) as { n: number }).n

export function dashboardFromSql(db: Database.Database, from: string, to: string) {
  const hasStep = (type: string) => one(db, `SELECT COUNT(*) AS n FROM cases WHERE EXISTS (SELECT 1 FROM json_each(json_extract(doc, '$.steps')) s WHERE json_extract(s.value, '$.type') = ?)`, type)
  return {
    filedByTown: rows(db, `SELECT json_extract(doc, '$.index.town') AS k, COUNT(*) AS n FROM filings WHERE status IN ${FILED} GROUP BY k`),
    filedByPlatform: rows(db, `SELECT p.value AS k, COUNT(*) AS n FROM filings f, json_each(json_extract(f.doc, '$.index.platforms')) p WHERE f.status IN ${FILED} GROUP BY k`),
    unfiledByTown: rows(db, `SELECT json_extract(doc, '$.town') AS k, COUNT(*) AS n FROM leads WHERE status IN ${UNFILED_LEADS} GROUP BY k`),
    unfiledByPlatform: rows(db, `SELECT json_extract(doc, '$.platform') AS k, COUNT(*) AS n FROM leads WHERE status IN ${UNFILED_LEADS} GROUP BY k`),
    submitted: one(db, `SELECT COUNT(*) AS n FROM filings WHERE json_extract(doc, '$.firstSubmittedAt') IS NOT NULL`),
    late: one(db, `SELECT COUNT(*) AS n FROM filings WHERE json_extract(doc, '$.filedLate') = 1`),
    decisionsByReviewer: rows(db, `SELECT json_extract(doc, '$.actorOpenid') AS k, COUNT(*) AS n FROM audit WHERE action IN ('approve','return','reject') AND at >= ? AND at < ? GROUP BY k`, from, to),
    returnFields: rows(db, `SELECT json_extract(r.value, '$.field') AS k, COUNT(*) AS n FROM audit a, json_each(json_extract(a.doc, '$.detail.reasons')) r WHERE a.action = 'return' AND a.at >= ? AND a.at < ? GROUP BY k`, from, to),
    leads: one(db, 'SELECT COUNT(*) AS n FROM leads'),
    cases: one(db, 'SELECT COUNT(*) AS n FROM cases'),
    summoned: hasStep('summon'),
    ordered: hasStep('order'),
    publicized: hasStep('publicize'),
    closedCases: one(db, "SELECT COUNT(*) AS n FROM cases WHERE json_extract(doc, '$.stage') = 'closed'"),
    reportsReceived: one(db, "SELECT COUNT(*) AS n FROM reports WHERE json_extract(doc, '$.at') >= ? AND json_extract(doc, '$.at') < ?", from, to)
  }
}

/** The same numbers read off the dashboard action's answer, keyed like dashboardFromSql. */
export function dashboardFromAction(d: DashboardOutput, labels: { town: (code: string) => string; platform: (code: string) => string; field: (path: string) => string; reviewer: (openid: string) => string }, sql: ReturnType<typeof dashboardFromSql>) {
  const byLabel = <R extends { label: string }>(list: R[], label: string): R | undefined => list.find((r) => r.label === label)
  const pick = (src: Counts, list: Array<{ label: string; filed?: number; unfiled?: number }>, label: (k: string) => string, field: 'filed' | 'unfiled') =>
    Object.fromEntries(Object.keys(src).map((k) => [k, byLabel(list, label(k))?.[field] ?? 0]))
  // A funnel stage the answer lacks reads as -1, so it can never equal a count from the database.
  const stage = (key: string): number => d.funnel.find((r) => r.key === key)?.count ?? -1
  return {
    filedByTown: pick(sql.filedByTown, d.coverage.byTown, labels.town, 'filed'),
    filedByPlatform: pick(sql.filedByPlatform, d.coverage.byPlatform, labels.platform, 'filed'),
    unfiledByTown: pick(sql.unfiledByTown, d.coverage.byTown, labels.town, 'unfiled'),
    unfiledByPlatform: pick(sql.unfiledByPlatform, d.coverage.byPlatform, labels.platform, 'unfiled'),
    submitted: d.late.submitted,
    late: d.late.late,
    decisionsByReviewer: Object.fromEntries(Object.keys(sql.decisionsByReviewer).map((k) => [k, d.reviewers.find((r) => r.reviewer === k)?.decisions ?? 0])),
    returnFields: Object.fromEntries(Object.keys(sql.returnFields).map((k) => [k, byLabel(d.returnReasons, labels.field(k))?.count ?? 0])),
    leads: stage('leads'),
    cases: stage('cases'),
    summoned: stage('summon'),
    ordered: stage('order'),
    publicized: stage('publicize'),
    closedCases: stage('closed'),
    reportsReceived: d.reports.receivedInMonth
  }
}
