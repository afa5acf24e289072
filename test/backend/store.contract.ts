/**
 * The Store port's contract: every adapter must pass these. Run by store-sqlite.test.ts
 * always and by store-cloudbase.test.ts against a real test environment when configured.
 */
import type { FilingRecord, TrackedFile } from '../../backend/ports/records'
import type { Store } from '../../backend/ports/store.port'
import { staffSearchOf } from '../../backend/core'
import { reportFactory, supervisionContract } from './store.contract.supervision'
import { outreachContract } from './store.contract.outreach'

export function filingFactory(over: Partial<FilingRecord> = {}): FilingRecord {
  const id = over.id ?? `c${Math.random().toString(36).slice(2, 10)}`
  const at = over.updatedAt ?? '2024-03-04T02:00:00.000Z'
  return {
    id,
    ownerOpenid: 'owner-1',
    status: 'submitted',
    version: 1,
    working: { content: { accounts: [] }, secrets: {} },
    approved: null,
    filingNumber: null,
    returnReasons: [],
    fixBy: null,
    rejectReason: null,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    decidedAt: null,
    reviewDueDate: '2024-03-18',
    submittedWeek: '2024-03-04',
    sortAt: at,
    searchText: 'account one',
    index: { accountKeys: ['self_media:douyin:one'], platforms: ['douyin'], accountNames: ['Account One'], subjectType: 'individual', subjectName: '张*', town: 't1', dueDate: '2024-03-10', idHashes: [] },
    publicKeys: [],
    claimKeys: [],
    reminders: [],
    demo: false,
    ...over
  }
}

/** A staff query as the queue filter carries it (normalised, with its index keys). */
export function search(q: string): NonNullable<ReturnType<typeof staffSearchOf>> {
  const s = staffSearchOf(q)
  if (!s) throw new Error(`nothing to search by in ${q}`)
  return s
}

/** With `skipReason`, the suite is listed as skipped and its title says why. */
export function storeContract(name: string, open: () => Promise<{ store: Store; close(): Promise<void> }>, skipReason?: string): void {
  const suite = skipReason ? describe.skip : describe
  suite(`Store contract: ${name}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
    let store: Store
    let close: () => Promise<void>
    const uid = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
    beforeEach(async () => {
      ;({ store, close } = await open())
    })
    afterEach(async () => close())

    it('when a filing is inserted, then get returns it unchanged', async () => {
      const f = filingFactory({ id: uid() })
      await store.filings.insert(f)
      expect(await store.filings.get(f.id)).toEqual(f)
    })

    it('when replaceIfVersion is called with a stale version, then it returns false and keeps the stored record', async () => {
      const f = filingFactory({ id: uid() })
      await store.filings.insert(f)
      expect(await store.filings.replaceIfVersion({ ...f, version: 2, status: 'approved' }, 1)).toBe(true)
      expect(await store.filings.replaceIfVersion({ ...f, version: 2, status: 'rejected' }, 1)).toBe(false)
      expect((await store.filings.get(f.id))?.status).toBe('approved')
    })

    it('when a unit throws, then none of its writes land (including the counter)', async () => {
      const f = filingFactory({ id: uid() })
      const counter = `c-${uid()}`
      await expect(
        store.runUnit(async (tx) => {
          await tx.counters.next(counter)
          await tx.filings.insert(f)
          throw new Error('boom')
        })
      ).rejects.toThrow('boom')
      expect(await store.filings.get(f.id)).toBeNull()
      expect(await store.counters.peek(counter)).toBe(0)
    })

    it('when counters.next is called repeatedly, then it counts 1, 2, 3 without gaps', async () => {
      const counter = `c-${uid()}`
      const got: number[] = []
      for (let i = 0; i < 3; i++) got.push(await store.runUnit((tx) => tx.counters.next(counter)))
      expect(got).toEqual([1, 2, 3])
    })

    it('when the queue is paged by cursor, then every matching filing comes once, in (sortAt, id) order', async () => {
      const owner = `o-${uid()}`
      const text = `q${uid()}`
      const recs = Array.from({ length: 7 }, (_, i) =>
        filingFactory({ id: `${text}-${i}`, ownerOpenid: owner, sortAt: `2024-03-0${1 + (i % 3)}T00:00:00.000Z`, searchText: `${text} name` })
      )
      await store.filings.insertMany(recs)
      const seen: string[] = []
      let cursor = null
      do {
        const page: Awaited<ReturnType<Store['filings']['queue']>> = await store.filings.queue({ statuses: ['submitted'], search: search(text) }, cursor, 3)
        seen.push(...page.items.map((r) => r.id))
        cursor = page.next
      } while (cursor)
      const expected = [...recs].sort((a, b) => a.sortAt.localeCompare(b.sortAt) || a.id.localeCompare(b.id)).map((r) => r.id)
      expect(seen).toEqual(expected)
    })

    it('when filtering by platform, town, subject type and account key, then only matching filings return', async () => {
      const tag = uid()
      const a = filingFactory({ id: `${tag}-a`, searchText: tag, index: { ...filingFactory().index, platforms: ['weibo'], town: 'tA', accountKeys: [`k-${tag}`] } })
      const b = filingFactory({ id: `${tag}-b`, searchText: tag })
      await store.filings.insertMany([a, b])
      expect((await store.filings.queue({ search: search(tag), platform: 'weibo' }, null, 10)).items.map((r) => r.id)).toEqual([a.id])
      expect((await store.filings.queue({ search: search(tag), town: 'tA' }, null, 10)).items.map((r) => r.id)).toEqual([a.id])
      expect((await store.filings.findByAccountKeys([`k-${tag}`], ['submitted'])).map((r) => r.id)).toEqual([a.id])
      expect(await store.filings.findByAccountKeys([`k-${tag}`], ['approved'])).toEqual([])
    })

    it('when a filing is inserted, replaced and deleted, then the staff search follows each write (its index is written with the record)', async () => {
      const tag = uid()
      const found = async (q: string, statuses?: FilingRecord['status'][]) =>
        (await store.filings.queue({ search: search(q), ...(statuses ? { statuses } : {}) }, null, 100)).items.map((r) => r.id).filter((i) => i.startsWith(tag)).sort()
      const text = `开平市${tag}文化传媒有限公司 91440783ma4w1234x5 www.kplife.example.cn com.kplife.app 13912345678 开网备2024000001`
      const a = filingFactory({ id: `${tag}-a`, searchText: text })
      await store.filings.insert(a)
      const b = filingFactory({ id: `${tag}-b`, searchText: `三埠${tag}美食`, status: 'approved' })
      await store.runUnit((tx) => tx.filings.insert(b))
      for (const q of ['开平', '传媒', '91440783MA4W1234X5', 'https://www.kplife.example.cn/about', 'kplife', 'com.kplife.app', '+86 139-1234-5678', '开网备2024000001']) expect([q, await found(q)]).toEqual([q, [a.id]])
      expect(await found(`三埠${tag}`)).toEqual([b.id])
      // Whole words, in order: a part of a word and words out of order are not the query.
      expect(await found('kplif')).toEqual([])
      expect(await found('平开')).toEqual([])
      expect(await store.filings.countByStatus({ search: search(tag) })).toEqual({ submitted: 1, approved: 1 })
      // An amendment renames the subject: the old name no longer finds it, the new one does.
      expect(await store.filings.replaceIfVersion({ ...a, version: 2, searchText: `赤坎${tag}碉楼` }, 1)).toBe(true)
      expect(await found('开平')).toEqual([])
      expect(await found('碉楼')).toEqual([a.id])
      expect(await store.runUnit((tx) => tx.filings.replaceIfVersion({ ...b, version: 2, status: 'cancelled' }, 1))).toBe(true)
      expect(await found(tag, ['cancelled'])).toEqual([b.id])
      expect(await store.filings.deleteIfVersion(a.id, 2)).toBe(true)
      expect(await store.runUnit((tx) => tx.filings.deleteIfVersion(b.id, 2))).toBe(true)
      expect(await found(tag, ['submitted', 'approved', 'cancelled'])).toEqual([])
    })

    it('when counting by status under a filter, then each status counts only the matching filings', async () => {
      const tag = uid()
      await store.filings.insertMany([
        filingFactory({ id: `${tag}-a`, searchText: tag }),
        filingFactory({ id: `${tag}-b`, searchText: tag, status: 'approved' }),
        filingFactory({ id: `${tag}-c`, searchText: tag, status: 'approved' }),
        filingFactory({ id: `${tag}-d`, searchText: 'someone else' })
      ])
      expect(await store.filings.countByStatus({ search: search(tag) })).toEqual({ submitted: 1, approved: 2 })
      expect(await store.filings.countByStatus({ search: search(tag), statuses: ['approved'] })).toEqual({ approved: 2 })
    })

    it('when stale filings are listed with documents only, then those already stripped of their photos are left out', async () => {
      const tag = uid()
      const old = '2020-01-01T00:00:00.000Z'
      const withDocs = filingFactory({ id: `${tag}-a`, status: 'rejected', updatedAt: old, working: { content: { documents: [{ kind: 'id_front', fileId: 'f1', source: 'camera' }] }, secrets: {} } })
      const stripped = filingFactory({ id: `${tag}-b`, status: 'rejected', updatedAt: old, working: { content: { documents: [] }, secrets: {} } })
      await store.filings.insertMany([withDocs, stripped])
      const ids = async (opts?: { withDocuments?: boolean }) => (await store.filings.listStale(['rejected'], '2020-06-01T00:00:00.000Z', 100, opts)).map((r) => r.id).filter((i) => i.startsWith(tag))
      expect((await ids()).sort()).toEqual([withDocs.id, stripped.id].sort())
      expect(await ids({ withDocuments: true })).toEqual([withDocs.id])
    })

    it('when invites are put, redeemed, expire or are removed, then only the open ones are pending, newest first', async () => {
      const tag = uid()
      const invite = (id: string, createdAt: string, over: Record<string, unknown> = {}) => ({ id: `${tag}-${id}`, role: 'reviewer' as const, name: id, createdBy: 'a', createdAt, expiresAt: '2024-03-11T00:00:00.000Z', usedBy: null, usedAt: null, ...over })
      await store.runUnit(async (tx) => {
        await tx.invites.put(invite('old', '2024-03-01T00:00:00.000Z'))
        await tx.invites.put(invite('new', '2024-03-02T00:00:00.000Z'))
        await tx.invites.put(invite('used', '2024-03-03T00:00:00.000Z', { usedBy: 'x', usedAt: '2024-03-03T01:00:00.000Z' }))
        await tx.invites.put(invite('gone', '2024-03-03T00:00:00.000Z', { expiresAt: '2024-03-04T00:00:00.000Z' }))
      })
      const pending = async () => (await store.invites.listPending('2024-03-05T00:00:00.000Z')).map((i) => i.id).filter((i) => i.startsWith(tag))
      expect(await pending()).toEqual([`${tag}-new`, `${tag}-old`])
      await store.runUnit((tx) => tx.invites.remove(`${tag}-new`))
      expect(await pending()).toEqual([`${tag}-old`])
      expect(await store.invites.get(`${tag}-new`)).toBeNull()
    })

    it('when an outbox message is claimed twice with the same view, then only the first claim wins', async () => {
      const id = uid()
      const at = '2024-03-04T02:00:00.000Z'
      await store.runUnit((tx) =>
        tx.outbox.insert({ id, filingId: `f-${id}`, openid: 'o', templateId: 't', page: 'p', data: {}, status: 'pending', attempts: 0, nextAttemptAt: at, lastError: null, createdAt: at, sentAt: null })
      )
      expect((await store.outbox.due('2024-03-04T03:00:00.000Z', 100)).map((m) => m.id)).toContain(id)
      expect(await store.outbox.claim(id, at, '2024-03-04T02:05:00.000Z')).toBe(true)
      expect(await store.outbox.claim(id, at, '2024-03-04T02:05:00.000Z')).toBe(false)
      await store.outbox.update(id, { status: 'sent' })
      expect((await store.outbox.listByFiling(`f-${id}`))[0]).toMatchObject({ status: 'sent', attempts: 1 })
    })

    it('when staff are put and removed in units, then get and list follow', async () => {
      const openid = `s-${uid()}`
      await store.runUnit((tx) => tx.staff.put({ openid, role: 'reviewer', name: '甲', addedBy: 'a', addedAt: '2024-01-01T00:00:00.000Z' }))
      expect(await store.staff.get(openid)).toMatchObject({ role: 'reviewer' })
      await store.runUnit((tx) => tx.staff.remove(openid))
      expect(await store.staff.get(openid)).toBeNull()
    })

    it('when a claim is taken inside a unit that fails, then it is not there; taken in a unit that commits, it is, until removed', async () => {
      const id = `claim-${uid()}`
      await expect(
        store.runUnit(async (tx) => {
          await tx.claims.put({ id, key: 'self_media:douyin:x', filingId: 'f-1', at: '2024-03-04T02:00:00.000Z' })
          throw new Error('boom')
        })
      ).rejects.toThrow('boom')
      expect(await store.claims.get(id)).toBeNull()
      await store.runUnit((tx) => tx.claims.put({ id, key: 'self_media:douyin:x', filingId: 'f-1', at: '2024-03-04T02:00:00.000Z' }))
      expect(await store.runUnit((tx) => tx.claims.get(id))).toMatchObject({ filingId: 'f-1' })
      await store.runUnit((tx) => tx.claims.remove(id))
      expect(await store.claims.get(id)).toBeNull()
    })

    it('when two units read a counter document and both write count + 1, then they run one after the other (no lost update)', async () => {
      const id = `rate-${uid()}`
      const bump = () =>
        store.runUnit(async (tx) => {
          const cur = await tx.rateLimits.get(id)
          await tx.rateLimits.put({ id, scope: 'report', count: (cur?.count ?? 0) + 1, expiresAt: '2024-03-06T00:00:00.000Z' })
        })
      await Promise.all([bump(), bump(), bump()])
      expect(await store.runUnit((tx) => tx.rateLimits.get(id))).toMatchObject({ count: 3 })
      expect(await store.rateLimits.purgeExpired('2024-03-07T00:00:00.000Z')).toBeGreaterThanOrEqual(1)
      expect(await store.runUnit((tx) => tx.rateLimits.get(id))).toBeNull()
    })

    it('when credits and a report are written in a unit, then both are read back', async () => {
      const id = `credit-${uid()}`
      const report = reportFactory({ id: `r-${uid()}`, reporterOpenid: `o-${uid()}`, at: '2024-03-04T02:00:00.000Z' })
      await store.runUnit(async (tx) => {
        await tx.credits.put({ id, openid: 'o', templateId: 't', count: 2, updatedAt: '2024-03-04T02:00:00.000Z' })
        await tx.reports.insert(report)
      })
      expect(await store.credits.get(id)).toMatchObject({ count: 2 })
      expect(await store.reports.countByReporterSince(report.reporterOpenid, '2024-03-01T00:00:00.000Z')).toBe(1)
    })

    it('when filings carry public keys and fix-by dates, then lookup by public key and the reminder listing find exactly them', async () => {
      const tag = uid()
      const pub = filingFactory({ id: `${tag}-p`, status: 'returned', publicKeys: [`name:douyin:${tag}`], fixBy: '2024-03-20' })
      const later = filingFactory({ id: `${tag}-l`, status: 'returned', fixBy: '2024-04-20' })
      const other = filingFactory({ id: `${tag}-o`, status: 'submitted', fixBy: null, index: { ...filingFactory().index, accountKeys: [`name:douyin:${tag}`] } })
      await store.filings.insertMany([pub, later, other])
      expect((await store.filings.findByPublicKeys([`name:douyin:${tag}`])).map((r) => r.id)).toEqual([pub.id])
      const due = (await store.filings.listFixByUpTo('2024-03-25', 1000)).map((r) => r.id)
      expect(due).toContain(pub.id)
      expect(due).not.toContain(later.id)
      expect(due).not.toContain(other.id)
    })

    it('when tracked files are inserted, then expiry, quota counts and file lookups find them, and put/remove follow', async () => {
      const owner = `o-${uid()}`
      const row = (id: string, over: Partial<TrackedFile> = {}): TrackedFile => ({
        id, kind: 'upload', ownerOpenid: owner, cloudPath: `uploads/x/${id}.jpg`, fileId: `local://uploads/x/${id}.jpg`,
        documentKind: 'id_front', full: false, createdAt: '2024-03-04T02:00:00.000Z', expiresAt: '2024-03-05T02:00:00.000Z', ...over
      })
      const a = row(`a-${uid()}`)
      const b = row(`b-${uid()}`, { kind: 'export', documentKind: null, createdAt: '2024-03-04T03:00:00.000Z', expiresAt: '2024-03-04T04:00:00.000Z' })
      await store.trackedFiles.insert(a)
      await store.trackedFiles.insert(b)
      expect(await store.trackedFiles.get(a.id)).toEqual(a)
      const due = (await store.trackedFiles.expired('2024-03-04T05:00:00.000Z', 100)).map((f) => f.id)
      expect(due).toContain(b.id)
      expect(due).not.toContain(a.id)
      expect(await store.trackedFiles.countByOwnerSince(owner, ['upload', 'document'], '2024-03-04T00:00:00.000Z')).toBe(1)
      expect(await store.trackedFiles.countByOwnerSince(owner, ['upload', 'document'], '2024-03-04T02:00:01.000Z')).toBe(0)
      const stored = { ...a, kind: 'document' as const, fileId: 'local://documents/x/abc.jpg' }
      await store.trackedFiles.put(stored)
      expect((await store.trackedFiles.listByFileId(stored.fileId)).map((f) => f.id)).toEqual([a.id])
      await store.trackedFiles.remove(a.id)
      expect(await store.trackedFiles.get(a.id)).toBeNull()
    })
    it('when filings and claims are read in batches of more than a page, then getMany and findByNumbers return exactly the existing ones, once each', async () => {
      // 250: more than CloudBase's 100 documents per get(), so the adapter must page.
      const tag = uid()
      const recs = Array.from({ length: 250 }, (_, i) => filingFactory({ id: `${tag}-${i}`, filingNumber: `${tag}-N${i}`, status: 'approved' }))
      await store.filings.insertMany(recs)
      const ids = [...recs.map((r) => r.id), `${tag}-missing`, recs[0].id]
      expect((await store.filings.getMany(ids)).map((r) => r.id).sort()).toEqual(recs.map((r) => r.id).sort())
      const got = await store.filings.findByNumbers([...recs.slice(0, 180).map((r) => r.filingNumber as string), `${tag}-none`])
      expect(got.map((r) => r.filingNumber).sort()).toEqual(recs.slice(0, 180).map((r) => r.filingNumber).sort())
      expect(got.find((r) => r.id === recs[7].id)).toEqual(recs[7])
      const claims = Array.from({ length: 130 }, (_, i) => ({ id: `${tag}-claim-${i}`, key: `self_media:douyin:${tag}-${i}`, filingId: recs[i].id, at: '2024-03-04T02:00:00.000Z' }))
      await store.runUnit(async (tx) => { for (const c of claims) await tx.claims.put(c) })
      const found = await store.claims.getMany([...claims.map((c) => c.id), `${tag}-claim-x`])
      expect(found.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort())
      expect(found.find((c) => c.id === claims[3].id)).toEqual(claims[3])
      expect(await store.filings.getMany([])).toEqual([])
      expect(await store.filings.findByNumbers([])).toEqual([])
      expect(await store.claims.getMany([])).toEqual([])
    })

    describe('supervision collections', () => supervisionContract(() => store, uid))
    describe('outreach collections', () => outreachContract(() => store, uid))
  })
}
