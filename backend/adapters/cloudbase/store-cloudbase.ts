/**
 * CloudBase document-database implementation of the Store port (@cloudbase/node-sdk).
 * - Every filing write goes through runTransaction (get → version check → set): a
 *   transaction allows single-document operations only, which is all the port's unit needs.
 * - The SDK returns `{ code, message }` instead of throwing for server errors; `ok()` turns
 *   those into exceptions so a transaction rolls back.
 * - A lost race that outlasts runTransaction's retries is the port's `conflict`, not a crash.
 * - Counters are created outside the transaction (see `counters.next`).
 * Collections and indexes: ./collections.ts (created by `npm run deploy`).
 */
import { errors } from '../../errors'
import type { ActivityRecord, CaseRecord, ClaimRecord, CreditRecord, FilingRecord, FilingStatusCode, LeadRecord, OutboxMessage, OutreachContactRecord, ParticipationRecord, ProfileRecord, RateCounter, RoundEntryRecord, RoundRecord, ReportRecord, TrackedFile, UpkeepRecord } from '../../ports/records'
import type { FilingStats, QueueCursor, QueueFilter, Store, UnitOfWork } from '../../ports/store.port'
import { searchKeysOf } from '../../core'
import { COLLECTIONS, type CollectionName } from './collections'

/* The SDK's database types are loose (`any` results); this is the slice we use, typed. */
type Doc = Record<string, unknown>
interface Res {
  code?: string
  message?: string
  data?: unknown
  updated?: number
  total?: number
  deleted?: number | string
}
export interface DocRef {
  get(): Promise<Res>
  set(data: Doc): Promise<Res>
  update(data: Doc): Promise<Res>
  remove(): Promise<Res>
}
export interface Query {
  where(q: unknown): Query
  orderBy(field: string, dir: 'asc' | 'desc'): Query
  limit(n: number): Query
  get(): Promise<Res>
  count(): Promise<Res>
  update(data: Doc): Promise<Res>
  remove(): Promise<Res>
}
export interface Coll extends Query {
  doc(id: string): DocRef
  add(data: Doc | Doc[]): Promise<Res>
  aggregate(): Aggregate
}
interface Aggregate {
  match(q: unknown): Aggregate
  unwind(field: string): Aggregate
  group(g: unknown): Aggregate
  limit(n: number): Aggregate
  end(): Promise<Res>
}
interface Cmd {
  in(v: unknown[]): unknown
  all(v: unknown[]): unknown
  gt(v: unknown): unknown
  gte(v: unknown): unknown
  lt(v: unknown): unknown
  lte(v: unknown): unknown
  neq(v: unknown): unknown
  exists(v: boolean): unknown
  inc(n: number): unknown
  and(v: unknown[]): unknown
  or(v: unknown[]): unknown
  aggregate: { sum(v: unknown): unknown }
}
export interface CloudDb {
  collection(name: string): Coll
  command: Cmd
  RegExp(o: { regexp: string; options: string }): unknown
  runTransaction<T>(fn: (t: { collection(name: string): Coll }) => Promise<T>, times?: number): Promise<T>
}

export { COLLECTIONS }

/** What runTransaction throws when its retries are used up by concurrent writers. */
const TRANSACTION_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'
/**
 * Two units creating one document id (a claim, a rate counter, an idempotency record) at once:
 * CloudBase fails the later commit with a duplicate key and does not retry it. Run again, the
 * unit reads the document the other one created and decides on it (a duplicate, a count).
 * A conflict the SDK gave up on (it retries 3 times) is run again too: each round at least one
 * contender commits, so a burst on one counter is counted, not turned into errors.
 */
const DUPLICATE_KEY = 'DATABASE_DUPLICATE_KEY'
const UNIT_ATTEMPTS = 5
/** An aggregate returns 20 groups unless told otherwise; statistics need every group. */
const AGGREGATE_LIMIT = 1000

/** Raised inside a unit when a counter document does not exist yet (see `counters.next`). */
class MissingCounter extends Error {
  constructor(readonly counter: string) {
    super(`counter ${counter} does not exist yet`)
  }
}

/** Keeps the SDK's `code` on the error: runTransaction retries on DATABASE_TRANSACTION_CONFLICT. */
function ok(res: Res): Res {
  if (res && res.code) throw Object.assign(new Error(`CloudBase ${res.code}: ${res.message ?? ''}`), { code: res.code })
  return res
}
const list = <T>(res: Res): T[] => ((ok(res).data as Doc[]) ?? []).map(strip) as T[]
const one = <T>(res: Res): T | null => {
  const d = ok(res).data
  const doc = Array.isArray(d) ? d[0] : d
  return doc ? (strip(doc as Doc) as T) : null
}
function strip(doc: Doc): Doc {
  // searchKeys is the store's own index field on a filing (below), not part of the record.
  const { _id: _ignored, searchKeys: _index, ...rest } = doc
  return rest
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** `set` must not carry `_id`; records keep their own `id`. */
const body = (rec: object): Doc => ({ ...(rec as Doc) })
/** A filing as stored: with its staff search keys (core searchKeysOf), indexed as an array field. */
const filingBody = (rec: FilingRecord): Doc => ({ ...body(rec), searchKeys: searchKeysOf(rec.searchText ?? '') })
/** Filings without search keys (written before the index) indexed per backfill call. */
const BACKFILL_BATCH = 100
/** Values per `_.in` query of a batched read: `get()` returns at most 100 documents unless told otherwise. */
const IN_QUERY_MAX = 100
/** Pages `query` over the distinct values, IN_QUERY_MAX at a time (one round trip each). */
async function inPages<T>(values: string[], query: (page: string[]) => Promise<T[]>): Promise<T[]> {
  const distinct = [...new Set(values)]
  const out: T[] = []
  for (let i = 0; i < distinct.length; i += IN_QUERY_MAX) out.push(...(await query(distinct.slice(i, i + IN_QUERY_MAX))))
  return out
}

export function createCloudbaseStore(getDb: () => CloudDb): Store {
  const db = () => getDb()
  const c = (name: CollectionName) => db().collection(name)

  const unitOf = (t: { collection(name: string): Coll }): UnitOfWork => {
    const tc = (name: CollectionName) => t.collection(name)
    const getFiling = async (id: string) => one<FilingRecord>(await tc('filings').doc(id).get())
    /** get → compare version → set: single-document operations, as a CloudBase transaction allows. */
    const versioned = <T extends { id: string; version: number }>(name: CollectionName) => ({
      get: async (id: string) => one<T>(await tc(name).doc(id).get()),
      insert: async (rec: T) => void ok(await tc(name).add({ ...body(rec), _id: rec.id })),
      replaceIfVersion: async (next: T, expected: number) => {
        const cur = one<T>(await tc(name).doc(next.id).get())
        if (!cur || cur.version !== expected) return false
        ok(await tc(name).doc(next.id).set(body(next)))
        return true
      }
    })
    return {
      reports: versioned<ReportRecord>('reports'),
      leads: versioned<LeadRecord>('leads'),
      cases: versioned<CaseRecord>('cases'),
      activities: versioned<ActivityRecord>('activities'),
      participations: versioned<ParticipationRecord>('participations'),
      outreachContacts: versioned<OutreachContactRecord>('outreach_contacts'),
      rounds: versioned<RoundRecord>('reverify_rounds'),
      roundEntries: versioned<RoundEntryRecord>('reverify_entries'),
      upkeep: versioned<UpkeepRecord>('filing_upkeep'),
      profiles: {
        ...versioned<ProfileRecord>('subject_profiles'),
        deleteIfVersion: async (id: string, expected: number) => {
          const cur = one<ProfileRecord>(await tc('subject_profiles').doc(id).get())
          if (!cur || cur.version !== expected) return false
          ok(await tc('subject_profiles').doc(id).remove())
          return true
        }
      },
      filings: {
        get: getFiling,
        insert: async (rec) => void ok(await tc('filings').add({ ...filingBody(rec), _id: rec.id })),
        replaceIfVersion: async (next, expected) => {
          const cur = await getFiling(next.id)
          if (!cur || cur.version !== expected) return false
          ok(await tc('filings').doc(next.id).set(filingBody(next)))
          return true
        },
        deleteIfVersion: async (id, expected) => {
          const cur = await getFiling(id)
          if (!cur || cur.version !== expected) return false
          ok(await tc('filings').doc(id).remove())
          return true
        }
      },
      counters: {
        // Two transactions that both create a missing counter (the first approval of a new year)
        // fail with a duplicate key, which runTransaction does not retry. So a unit never creates
        // a counter: it stops, runUnit creates it outside (idempotently) and runs the unit again.
        next: async (name) => {
          const cur = one<{ value: number }>(await tc('counters').doc(name).get())
          if (!cur) throw new MissingCounter(name)
          const value = cur.value + 1
          ok(await tc('counters').doc(name).set({ value }))
          return value
        }
      },
      audit: { insert: async (e) => void ok(await tc('audit').add({ ...body(e), _id: e.id })) },
      outbox: { insert: async (m) => void ok(await tc('outbox').add({ ...body(m), _id: m.id })) },
      idempotency: {
        get: async (key) => one(await tc('idempotency').doc(key).get()),
        put: async (r) => void ok(await tc('idempotency').doc(r.key).set(body(r)))
      },
      staff: {
        put: async (m) => void ok(await tc('staff').doc(m.openid).set(body(m))),
        remove: async (openid) => void ok(await tc('staff').doc(openid).remove())
      },
      invites: {
        get: async (id) => one(await tc('invites').doc(id).get()),
        put: async (i) => void ok(await tc('invites').doc(i.id).set(body(i))),
        remove: async (id) => void ok(await tc('invites').doc(id).remove())
      },
      // Single documents by id: a second unit touching the same claim or counter conflicts
      // with this one (CloudBase transactions lock what they write), so limits hold under races.
      claims: {
        get: async (id) => one<ClaimRecord>(await tc('claims').doc(id).get()),
        put: async (c) => void ok(await tc('claims').doc(c.id).set(body(c))),
        remove: async (id) => void ok(await tc('claims').doc(id).remove())
      },
      credits: {
        get: async (id) => one<CreditRecord>(await tc('credits').doc(id).get()),
        put: async (c) => void ok(await tc('credits').doc(c.id).set(body(c)))
      },
      rateLimits: {
        get: async (id) => one<RateCounter>(await tc('rate_limits').doc(id).get()),
        put: async (c) => void ok(await tc('rate_limits').doc(c.id).set(body(c)))
      }
    }
  }
  const ensureCounter = async (name: string) => {
    try {
      ok(await c('counters').add({ _id: name, value: 0 }))
    } catch (err) {
      // Someone else created it first: fine. Anything else must surface.
      if (!one(await c('counters').doc(name).get())) throw err
    }
  }
  const runUnit = async <T>(fn: (tx: UnitOfWork) => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await db().runTransaction((t) => fn(unitOf(t)))
      } catch (err) {
        if (err instanceof MissingCounter && attempt < 3) {
          await ensureCounter(err.counter)
          continue
        }
        const code = (err as { code?: unknown })?.code
        if ((code === DUPLICATE_KEY || code === TRANSACTION_CONFLICT) && attempt < UNIT_ATTEMPTS) continue
        if (code === TRANSACTION_CONFLICT || code === DUPLICATE_KEY) throw errors.conflict()
        throw err
      }
    }
  }

  const queueWhere = (f: QueueFilter, cursor: QueueCursor | null): unknown => {
    const _ = db().command
    const cond: Doc = {}
    if (f.statuses?.length) cond.status = _.in(f.statuses)
    if (f.platform) cond['index.platforms'] = f.platform
    if (f.subjectType) cond['index.subjectType'] = f.subjectType
    if (f.town) cond['index.town'] = f.town
    if (f.dueBefore) cond['index.dueDate'] = _.lt(f.dueBefore)
    if (f.reviewDueBefore) cond.reviewDueDate = _.lt(f.reviewDueBefore)
    if (f.search) {
      // Narrowed by the array index (every key held), then the query itself in the candidates' text.
      cond.searchKeys = _.all(f.search.keys)
      cond.searchText = db().RegExp({ regexp: escapeRe(f.search.text.toLowerCase()), options: 'i' })
    }
    if (!cursor) return cond
    return _.and([cond, _.or([{ sortAt: _.gt(cursor.sortAt) }, { sortAt: cursor.sortAt, id: _.gt(cursor.id) }])])
  }

  const groupCount = async (field: string, match: unknown, unwind?: string, collection: CollectionName = 'filings'): Promise<Record<string, number>> => {
    let agg = c(collection).aggregate().match(match)
    if (unwind) agg = agg.unwind(unwind)
    const rows = (ok(await agg.group({ _id: `$${field}`, n: db().command.aggregate.sum(1) }).limit(AGGREGATE_LIMIT).end()).data as Array<{ _id: string | null; n: number }>) ?? []
    return Object.fromEntries(rows.filter((r) => r._id !== null && r._id !== undefined).map((r) => [String(r._id), r.n]))
  }

  return {
    filings: {
      get: async (id) => one<FilingRecord>(await c('filings').doc(id).get()),
      insert: async (rec) => void ok(await c('filings').add({ ...filingBody(rec), _id: rec.id })),
      insertMany: async (recs) => {
        for (let i = 0; i < recs.length; i += 100) ok(await c('filings').add(recs.slice(i, i + 100).map((r) => ({ ...filingBody(r), _id: r.id }))))
      },
      replaceIfVersion: (next, expected) => runUnit((tx) => tx.filings.replaceIfVersion(next, expected)),
      deleteIfVersion: (id, expected) => runUnit((tx) => tx.filings.deleteIfVersion(id, expected)),
      // Owned or co-managed (records older than co-managers have no `managers` and match by owner).
      listByOwner: async (openid, limit) => list<FilingRecord>(await c('filings').where(db().command.or([{ ownerOpenid: openid }, { 'managers.openid': openid }])).orderBy('updatedAt', 'desc').limit(limit).get()),
      queue: async (filter, cursor, limit) => {
        const items = list<FilingRecord>(await c('filings').where(queueWhere(filter, cursor)).orderBy('sortAt', 'asc').orderBy('id', 'asc').limit(limit + 1).get())
        const more = items.length > limit
        if (more) items.pop()
        const last = items[items.length - 1]
        return { items, next: more && last ? { sortAt: last.sortAt, id: last.id } : null }
      },
      findByAccountKeys: async (keys, statuses) => {
        if (!keys.length || !statuses.length) return []
        const _ = db().command
        return list<FilingRecord>(await c('filings').where({ 'index.accountKeys': _.in(keys), status: _.in(statuses) }).limit(100).get())
      },
      backfillSearchKeys: async () => {
        // Idempotent: only documents still without the field; each update is one document by id.
        const docs = list<FilingRecord>(await c('filings').where({ searchKeys: db().command.exists(false) }).limit(BACKFILL_BATCH).get())
        for (const d of docs) ok(await c('filings').doc(d.id).update({ searchKeys: searchKeysOf(d.searchText ?? '') }))
        return docs.length
      },
      findByNumber: async (n) => one<FilingRecord>(await c('filings').where({ filingNumber: n }).limit(1).get()),
      getMany: (ids) => inPages(ids, async (page) => list<FilingRecord>(await c('filings').where({ _id: db().command.in(page) }).limit(IN_QUERY_MAX).get())),
      // Numbers are not a unique index (see collections.ts): room for a stray duplicate per page.
      findByNumbers: (numbers) => inPages(numbers, async (page) => list<FilingRecord>(await c('filings').where({ filingNumber: db().command.in(page) }).limit(1000).get())),
      findByPublicKeys: async (keys) => {
        if (!keys.length) return []
        return list<FilingRecord>(await c('filings').where({ publicKeys: db().command.in(keys) }).limit(100).get())
      },
      listFixByUpTo: async (upTo, limit) =>
        list<FilingRecord>(await c('filings').where({ status: 'returned', fixBy: db().command.lte(upTo) }).orderBy('fixBy', 'asc').limit(limit).get()),
      listStale: async (statuses: FilingStatusCode[], before, limit, opts = {}) => {
        const _ = db().command
        const docs = opts.withDocuments ? { 'working.content.documents.0': _.exists(true) } : {}
        return list<FilingRecord>(await c('filings').where({ status: _.in(statuses), updatedAt: _.lt(before), ...docs }).orderBy('updatedAt', 'asc').limit(limit).get())
      },
      countByStatus: async (filter) => groupCount('status', queueWhere(filter, null)),
      stats: async (visible): Promise<FilingStats> => {
        const _ = db().command
        const filed = { status: _.in([...visible]) }
        const [byStatus, byPlatform, byTown, byWeek] = await Promise.all([
          groupCount('status', {}),
          groupCount('index.platforms', filed, '$index.platforms'),
          groupCount('index.town', filed),
          groupCount('submittedWeek', { submittedWeek: _.neq(null) })
        ])
        const total = Object.entries(byStatus).reduce((n, [k, v]) => (visible.includes(k as FilingStatusCode) ? n + v : n), 0)
        return { byStatus, byPlatform, byTown, byWeek, total }
      },
      countBy: async (field, statuses) => {
        if (!statuses.length) return {}
        const match = { status: db().command.in(statuses) }
        return field === 'town' ? groupCount('index.town', match) : groupCount('index.platforms', match, '$index.platforms')
      },
      lateCounts: async () => {
        const _ = db().command
        const submitted = ok(await c('filings').where({ firstSubmittedAt: _.neq(null) }).count()).total ?? 0
        const late = ok(await c('filings').where({ filedLate: true }).count()).total ?? 0
        return { submitted, late }
      },
      listLate: async (from, to, limit) => {
        const _ = db().command
        return list<FilingRecord>(await c('filings').where({ filedLate: true, firstSubmittedAt: _.and([_.gte(from), _.lt(to)]) }).orderBy('firstSubmittedAt', 'asc').limit(limit).get())
      }
    },
    audit: {
      insert: async (e) => void ok(await c('audit').add({ ...body(e), _id: e.id })),
      listByFiling: async (id) => list(await c('audit').where({ filingId: id }).orderBy('at', 'asc').limit(1000).get()),
      listByAction: async (action, limit) => list(await c('audit').where({ action }).orderBy('at', 'desc').limit(limit).get()),
      listByRef: async (refId) => list(await c('audit').where({ refId }).orderBy('at', 'asc').limit(1000).get()),
      listBetween: async (actions, from, to, limit) => {
        const _ = db().command
        return list(await c('audit').where({ action: _.in(actions), at: _.and([_.gte(from), _.lt(to)]) }).orderBy('at', 'asc').limit(limit).get())
      }
    },
    outbox: {
      due: async (now, limit) => {
        const _ = db().command
        return list<OutboxMessage>(await c('outbox').where({ status: 'pending', nextAttemptAt: _.lte(now) }).orderBy('nextAttemptAt', 'asc').limit(limit).get())
      },
      claim: async (id, seen, leaseUntil) => {
        const res = ok(await c('outbox').where({ _id: id, status: 'pending', nextAttemptAt: seen }).update({ nextAttemptAt: leaseUntil, attempts: db().command.inc(1) }))
        return res.updated === 1
      },
      update: async (id, patch) => void ok(await c('outbox').doc(id).update(body(patch))),
      listByFiling: async (id) => list(await c('outbox').where({ filingId: id }).orderBy('createdAt', 'asc').limit(1000).get())
    },
    staff: {
      get: async (openid) => one(await c('staff').doc(openid).get()),
      list: async () => list(await c('staff').limit(1000).get())
    },
    invites: {
      put: async (i) => void ok(await c('invites').doc(i.id).set(body(i))),
      get: async (id) => one(await c('invites').doc(id).get()),
      listPending: async (now) => {
        const _ = db().command
        return list(await c('invites').where({ usedBy: null, expiresAt: _.gt(now) }).orderBy('createdAt', 'desc').limit(100).get())
      }
    },
    reports: {
      get: async (id) => one<ReportRecord>(await c('reports').doc(id).get()),
      insert: async (r) => void ok(await c('reports').add({ ...body(r), _id: r.id })),
      countByReporterSince: async (openid, since) => {
        const _ = db().command
        return ok(await c('reports').where({ reporterOpenid: openid, at: _.gte(since) }).count()).total ?? 0
      },
      list: async (filter, limit) => {
        const _ = db().command
        const where: Doc = {}
        if (filter.statuses?.length) where.status = _.in(filter.statuses)
        if (filter.assignee) where.assigneeOpenid = filter.assignee
        if (filter.leadId) where.leadId = filter.leadId
        return list<ReportRecord>(await c('reports').where(where).orderBy('at', 'desc').limit(limit).get())
      },
      findByReceipt: async (n) => one<ReportRecord>(await c('reports').where({ receiptNumber: n }).limit(1).get()),
      listByReporter: async (openid, limit) => list<ReportRecord>(await c('reports').where({ reporterOpenid: openid }).orderBy('at', 'desc').limit(limit).get()),
      listOpenByLead: async (leadId) => list<ReportRecord>(await c('reports').where({ leadId, status: db().command.neq('closed') }).orderBy('at', 'asc').limit(100).get()),
      countByStatus: async () => groupCount('status', {}, undefined, 'reports')
    },
    leads: {
      get: async (id) => one<LeadRecord>(await c('leads').doc(id).get()),
      list: async (filter, limit) => {
        const _ = db().command
        const where: Doc = {}
        if (filter.statuses?.length) where.status = _.in(filter.statuses)
        if (filter.town) where.town = filter.town
        if (filter.platform) where.platform = filter.platform
        if (filter.text) where.accountName = db().RegExp({ regexp: escapeRe(filter.text), options: 'i' })
        return list<LeadRecord>(await c('leads').where(where).orderBy('updatedAt', 'desc').limit(limit).get())
      },
      findByKeys: async (keys, statuses) => {
        if (!keys.length || !statuses.length) return []
        const _ = db().command
        return list<LeadRecord>(await c('leads').where({ accountKey: _.in(keys), status: _.in(statuses) }).limit(100).get())
      },
      countBy: async (field, statuses, sources) =>
        statuses.length && (!sources || sources.length)
          ? groupCount(field, { status: db().command.in(statuses), ...(sources ? { source: db().command.in([...sources]) } : {}) }, undefined, 'leads')
          : {},
      countByStatus: async () => groupCount('status', {}, undefined, 'leads'),
      urgedCounts: async () => {
        const total = ok(await c('leads').count()).total ?? 0
        const urged = ok(await c('leads').where({ 'urges.0': db().command.exists(true) }).count()).total ?? 0
        return { total, urged }
      }
    },
    cases: {
      get: async (id) => one<CaseRecord>(await c('cases').doc(id).get()),
      list: async (filter, limit) => {
        const where: Doc = {}
        if (filter.stages?.length) where.stage = db().command.in(filter.stages)
        if (filter.filingId) where['subject.filingId'] = filter.filingId
        if (filter.leadId) where['subject.leadId'] = filter.leadId
        return list<CaseRecord>(await c('cases').where(where).orderBy('updatedAt', 'desc').limit(limit).get())
      },
      listByOperator: async (openid, limit) => list<CaseRecord>(await c('cases').where({ operatorOpenid: openid }).orderBy('updatedAt', 'desc').limit(limit).get()),
      listPublic: async (limit) => list<CaseRecord>(await c('cases').where({ publicActive: true }).orderBy('publicNotice.publishedAt', 'desc').limit(limit).get()),
      dueForReminder: async (today, limit) => list<CaseRecord>(await c('cases').where({ reminderOn: db().command.lte(today) }).orderBy('reminderOn', 'asc').limit(limit).get())
    },
    activities: {
      get: async (id) => one<ActivityRecord>(await c('activities').doc(id).get()),
      list: async (limit) => list<ActivityRecord>(await c('activities').orderBy('startsAt', 'desc').limit(limit).get())
    },
    participations: {
      get: async (id) => one<ParticipationRecord>(await c('participations').doc(id).get()),
      listByOpenid: async (openid, limit) => list<ParticipationRecord>(await c('participations').where({ openid }).orderBy('startsAt', 'desc').limit(limit).get()),
      listByActivity: async (activityId, limit) => list<ParticipationRecord>(await c('participations').where({ activityId }).orderBy('invitedAt', 'asc').orderBy('id', 'asc').limit(limit).get()),
      findByCheckinCode: async (code) => one<ParticipationRecord>(await c('participations').where({ checkinCode: code }).limit(1).get())
    },
    outreachContacts: {
      get: async (id) => one<OutreachContactRecord>(await c('outreach_contacts').doc(id).get()),
      listOptedIn: async (afterId, limit) =>
        list<OutreachContactRecord>(await c('outreach_contacts').where({ optedIn: true, id: db().command.gt(afterId ?? '') }).orderBy('id', 'asc').limit(limit).get())
    },
    rounds: {
      get: async (id) => one<RoundRecord>(await c('reverify_rounds').doc(id).get()),
      list: async (limit) => list<RoundRecord>(await c('reverify_rounds').orderBy('openedAt', 'desc').limit(limit).get())
    },
    roundEntries: {
      get: async (id) => one<RoundEntryRecord>(await c('reverify_entries').doc(id).get()),
      listByRound: async (roundId, statuses, afterId, limit) => {
        const _ = db().command
        const where: Doc = { roundId, id: _.gt(afterId ?? '') }
        if (statuses.length) where.status = _.in(statuses)
        return list<RoundEntryRecord>(await c('reverify_entries').where(where).orderBy('id', 'asc').limit(limit).get())
      },
      listByOpenid: async (openid, limit) => list<RoundEntryRecord>(await c('reverify_entries').where({ openid }).orderBy('updatedAt', 'desc').limit(limit).get())
    },
    upkeep: {
      get: async (id) => one<UpkeepRecord>(await c('filing_upkeep').doc(id).get()),
      listListed: async (afterId, limit) => list<UpkeepRecord>(await c('filing_upkeep').where({ listed: true, id: db().command.gt(afterId ?? '') }).orderBy('id', 'asc').limit(limit).get()),
      listOpenChanges: async (afterId, limit) => list<UpkeepRecord>(await c('filing_upkeep').where({ changeOpen: true, id: db().command.gt(afterId ?? '') }).orderBy('id', 'asc').limit(limit).get())
    },
    profiles: {
      get: async (id) => one<ProfileRecord>(await c('subject_profiles').doc(id).get()),
      listByOwner: async (openid, limit) => list<ProfileRecord>(await c('subject_profiles').where({ ownerOpenid: openid }).orderBy('updatedAt', 'desc').limit(limit).get())
    },
    counters: { peek: async (name) => one<{ value: number }>(await c('counters').doc(name).get())?.value ?? 0 },
    claims: {
      get: async (id) => one<ClaimRecord>(await c('claims').doc(id).get()),
      getMany: (ids) => inPages(ids, async (page) => list<ClaimRecord>(await c('claims').where({ _id: db().command.in(page) }).limit(IN_QUERY_MAX).get()))
    },
    credits: { get: async (id) => one<CreditRecord>(await c('credits').doc(id).get()) },
    rateLimits: {
      purgeExpired: async (now) => {
        const res = ok(await c('rate_limits').where({ expiresAt: db().command.lt(now) }).remove())
        return Number(res.deleted ?? 0)
      }
    },
    trackedFiles: {
      insert: async (f) => void ok(await c('tracked_files').add({ ...body(f), _id: f.id })),
      get: async (id) => one<TrackedFile>(await c('tracked_files').doc(id).get()),
      put: async (f) => void ok(await c('tracked_files').doc(f.id).set(body(f))),
      remove: async (id) => void ok(await c('tracked_files').doc(id).remove()),
      expired: async (now, limit) => {
        const _ = db().command
        return list<TrackedFile>(await c('tracked_files').where({ expiresAt: _.lte(now) }).orderBy('expiresAt', 'asc').limit(limit).get())
      },
      countByOwnerSince: async (openid, kinds, since) => {
        const _ = db().command
        return ok(await c('tracked_files').where({ ownerOpenid: openid, kind: _.in(kinds), createdAt: _.gte(since) }).count()).total ?? 0
      },
      listByFileId: async (fileId) => list<TrackedFile>(await c('tracked_files').where({ fileId }).orderBy('createdAt', 'asc').limit(100).get())
    },
    runUnit
  }
}
