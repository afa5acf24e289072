/**
 * The CloudBase store on an in-memory database that enforces CloudBase's rules (see
 * support/fake-cloudbase-db.ts): the store contract, and the races and limits that only show on
 * the real platform — the first filing number of a year approved twice at once, a transaction
 * whose retries run out, statistics with more than 20 groups. CloudBase itself is replaced; the
 * same contract runs against a real environment in cloudbase-real.test.ts when credentials are set.
 */
import { createCloudbaseStore, type CloudDb } from '../../backend/adapters/cloudbase/store-cloudbase'
import { setRuntime } from '../../backend/runtime/current'
import { FakeCloudDb, TX_CONFLICT } from './support/fake-cloudbase-db'
import { STAFF_VISIBLE_STATUSES } from '../../backend/core'
import { storeContract, filingFactory } from './store.contract'
import { makeEnv, type TestEnv } from './support/env'
import { staff, submitted } from './support/flows'
import { selfMedia } from './support/factories'
import { main as systemFn } from '../../cloudfunctions/system/index'
import { searchKeysOf } from '../../backend/core'
import { fileReport } from './support/supervision'

storeContract('cloudbase (CloudBase rules, in memory)', async () => {
  const db = new FakeCloudDb()
  return { store: createCloudbaseStore(() => db as unknown as CloudDb), close: async () => undefined }
})

/** The local runtime with its store swapped for the CloudBase store on a fake CloudBase database. */
async function cloudStoreEnv(): Promise<{ env: TestEnv; db: FakeCloudDb }> {
  const env = await makeEnv()
  const db = new FakeCloudDb()
  const store = createCloudbaseStore(() => db as unknown as CloudDb)
  for (const m of await env.rt.store.staff.list()) await store.runUnit((tx) => tx.staff.put(m))
  const rt = { ...env.rt, store }
  setRuntime(rt)
  return { env: { ...env, rt: rt as TestEnv['rt'] }, db }
}

/** Holds the first `n` transactions at their commit until all of them got there. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0
  let release: () => void = () => undefined
  const all = new Promise<void>((resolve) => { release = resolve })
  return async () => {
    arrived++
    if (arrived === n) release()
    if (arrived <= n) await all
  }
}

describe('CloudBase store: races and limits', () => {
  let env: TestEnv
  let db: FakeCloudDb
  beforeEach(async () => {
    ;({ env, db } = await cloudStoreEnv())
  })
  afterEach(() => env.dispose())

  test('when the first two approvals of a year commit at the same moment, then both are approved with numbers 1 and 2', async () => {
    const a = await submitted(env, 'owner')
    const b = await submitted(env, 'other')
    expect(db.table('counters').size).toBe(0)
    db.beforeCommit = barrier(2)
    const [ra, rb] = await Promise.all([
      env.call<{ filingNumber: string }>(staff, 'decide', { id: a.id, version: a.version, decision: { decision: 'approve' } }, 'reviewer'),
      env.call<{ filingNumber: string }>(staff, 'decide', { id: b.id, version: b.version, decision: { decision: 'approve' } }, 'reviewer2')
    ])
    expect([ra.ok, rb.ok]).toEqual([true, true])
    const numbers = [ra, rb].map((r) => (r.ok ? r.data.filingNumber : '')).sort()
    expect(numbers.map((n) => n.slice(-6))).toEqual(['000001', '000002'])
    expect(db.stats.conflicts).toBeGreaterThanOrEqual(1)
  })

  test('when another writer wins every retry of a decision, then the reviewer gets the conflict answer and nothing is written', async () => {
    const s = await submitted(env, 'owner')
    const before = await env.rt.store.filings.get(s.id)
    // Another writer touches the filing right before each commit: every attempt loses.
    db.beforeCommit = async () => {
      const row = db.table('filings').get(s.id)
      if (row) db.table('filings').set(s.id, { doc: row.doc, rev: row.rev + 1 })
    }
    const res = await env.call(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(res).toEqual({ ok: false, error: { code: 'conflict', message: '已被他人处理，请刷新' } })
    expect(db.stats.attempts).toBeGreaterThanOrEqual(4)
    db.beforeCommit = null
    expect(await env.rt.store.filings.get(s.id)).toEqual(before)
    expect(TX_CONFLICT).toBe('DATABASE_TRANSACTION_CONFLICT')
  })

  test('when the first two reports of a year arrive at the same moment, then both get receipts, numbers 1 and 2', async () => {
    db.beforeCommit = barrier(2)
    const [a, b] = await Promise.all([fileReport(env, 'owner'), fileReport(env, 'other', { accountName: '另一个账号' })])
    db.beforeCommit = null
    expect([a.receiptNumber, b.receiptNumber].map((n) => n.slice(-6)).sort()).toEqual(['000001', '000002'])
    expect(a.receiptNumber).toMatch(/^JB-\d{4}-\d{6}$/)
    expect(db.table('reports').size).toBe(2)
  })

  test('when filings were stored before the search index, then the timer indexes them once (idempotent) and staff search finds them', async () => {
    const s = await submitted(env, 'owner', { accounts: [selfMedia({ accountName: '开平碉楼故事', accountId: 'c1' })] })
    const row = db.table('filings').get(s.id)!
    const stored = row.doc as { searchText: string; searchKeys?: string[] }
    // Every write stores the keys as an array field (what the 'searchKeys' index covers).
    expect(stored.searchKeys).toEqual(searchKeysOf(stored.searchText))
    expect(stored.searchKeys).toEqual(expect.arrayContaining(['碉楼', 'c1']))
    const { searchKeys: _dropped, ...older } = stored
    db.table('filings').set(s.id, { doc: older, rev: row.rev + 1 })
    const found = async () => (await env.ok<{ items: Array<{ id: string }> }>(staff, 'queue', { q: '碉楼' }, 'reviewer')).items.map((i) => i.id)
    expect(await found()).toEqual([])
    const tick = async () => (await env.ok<{ searchIndexed: number }>(systemFn, 'tick', {}, 'admin')).searchIndexed
    expect(await tick()).toBe(1)
    expect(await found()).toEqual([s.id])
    expect(await tick()).toBe(0)
    // The index field never leaks into the record the store hands back.
    expect(await env.rt.store.filings.get(s.id)).not.toHaveProperty('searchKeys')
  })

  test('when filings come from more than 20 towns, then the statistics count every town (aggregates are given a limit)', async () => {
    const recs = Array.from({ length: 25 }, (_, i) => filingFactory({ id: `town-${i}`, index: { ...filingFactory().index, town: `t${String(i).padStart(2, '0')}` } }))
    await env.rt.store.filings.insertMany(recs)
    const stats = await env.rt.store.filings.stats(STAFF_VISIBLE_STATUSES)
    expect(Object.keys(stats.byTown)).toHaveLength(25)
    expect(stats.total).toBe(25)
  })
})
