/**
 * The SQLite store's staff search index: the query plan starts from the index (never a scan of
 * filings), the index rows are exactly the keys of the current text after every write, and a
 * database from before the index is backfilled when the store opens.
 */
import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AWAITING_REVIEW_STATUSES, searchKeysOf } from '../../backend/core'
import { SqliteOps } from '../../backend/adapters/sqlite/sqlite-ops'
import { openSqliteStore, type SqliteStore } from '../../backend/adapters/sqlite/store-sqlite'
import { filingFactory, search } from './store.contract'

let dir: string
let file: string
let store: SqliteStore
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-search-'))
  file = join(dir, 'db.sqlite')
  store = openSqliteStore(file)
})
afterEach(() => {
  store.close()
  rmSync(dir, { recursive: true, force: true })
})

const keysIn = (db: Database.Database, id: string) =>
  (db.prepare('SELECT key FROM filing_search WHERE filing_id = ? ORDER BY key').all(id) as Array<{ key: string }>).map((r) => r.key)

function planOf(db: Database.Database, st: { sql: string; args: unknown[] }): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${st.sql}`).all(...st.args) as Array<{ detail: string }>).map((r) => r.detail)
}

it('when staff search the queue or its counts, then the query plan starts from the search index and never scans the filings table', async () => {
  await store.filings.insertMany(Array.from({ length: 50 }, (_, i) => filingFactory({ id: `f${i}`, searchText: i % 2 ? `开平市碉楼${i}文化 1391234${String(i).padStart(4, '0')}` : `三埠美食${i}` })))
  const db = new Database(file, { readonly: true })
  const ops = new SqliteOps(db)
  for (const q of ['开平碉楼', '13912340001', 'kplife.example.cn']) {
    for (const st of [ops.queueStatement({ search: search(q), statuses: [...AWAITING_REVIEW_STATUSES] }, null, 21), ops.queueStatement({ search: search(q) }, { sortAt: '2024-01-01', id: 'a' }, 21), ops.countStatement({ search: search(q), platform: 'douyin' })]) {
      const plan = planOf(db, st)
      expect(plan.some((d) => /^SEARCH s0 USING (PRIMARY KEY|COVERING INDEX)/.test(d))).toBe(true)
      expect(plan.filter((d) => /^SCAN filings\b/.test(d))).toEqual([])
      expect(plan.some((d) => /^SEARCH filings USING INDEX sqlite_autoindex_filings_1 \(id=\?\)/.test(d))).toBe(true)
    }
  }
  expect((await store.filings.queue({ search: search('开平市碉楼') }, null, 100)).items).toHaveLength(25)
  expect((await store.filings.queue({ search: search('13912340001') }, null, 100)).items.map((r) => r.id)).toEqual(['f1'])
  db.close()
})

it('when a filing is replaced, then its index rows are exactly the keys of its new text (no stale key is left)', async () => {
  const f = filingFactory({ id: 'r1', searchText: '开平市某某公司 kplife.example.cn' })
  await store.filings.insert(f)
  const db = new Database(file, { readonly: true })
  expect(keysIn(db, 'r1')).toEqual([...searchKeysOf(f.searchText)].sort())
  await store.filings.replaceIfVersion({ ...f, version: 2, searchText: '赤坎碉楼' }, 1)
  expect(keysIn(db, 'r1')).toEqual(['坎', '坎碉', '楼', '碉', '碉楼', '赤', '赤坎'])
  await store.filings.deleteIfVersion('r1', 2)
  expect(keysIn(db, 'r1')).toEqual([])
  db.close()
})

it('when a database from before the search index is opened, then its filings are indexed once and found', async () => {
  await store.filings.insertMany([filingFactory({ id: 'old1', searchText: '开平碉楼故事 91440783ma4w1234x5' }), filingFactory({ id: 'old2', searchText: '' })])
  store.close()
  // The layout of an older build: no filing_search table at all.
  const raw = new Database(file)
  raw.exec('DROP TABLE filing_search')
  raw.close()
  store = openSqliteStore(file)
  expect((await store.filings.queue({ search: search('碉楼') }, null, 10)).items.map((r) => r.id)).toEqual(['old1'])
  expect((await store.filings.queue({ search: search('91440783MA4W1234X5') }, null, 10)).items.map((r) => r.id)).toEqual(['old1'])
  // Idempotent: nothing left to index, and the rows are not doubled.
  expect(await store.filings.backfillSearchKeys()).toBe(0)
  const db = new Database(file, { readonly: true })
  expect(keysIn(db, 'old1')).toEqual([...searchKeysOf('开平碉楼故事 91440783ma4w1234x5')].sort())
  db.close()
})
