/**
 * An in-memory stand-in for the slice of @cloudbase/node-sdk's database that the CloudBase store
 * uses, enforcing the platform's rules where they matter (read in @cloudbase/database 1.4.3 and
 * the CloudBase docs): `get()` returns 100 documents by default and at most 1000; an aggregate
 * returns 20 groups unless it is given `.limit()`; a transaction allows only single-document
 * operations (no `where`), reads a snapshot, fails with DATABASE_TRANSACTION_CONFLICT when another
 * transaction wrote a document it touched, and `runTransaction` retries that 3 times (4 attempts)
 * and rethrows anything else; creating a document whose `_id` exists fails with a duplicate-key
 * error, inside a transaction too, and that error is not retried.
 * It exists so the CloudBase store can run the store contract and the race tests here.
 */
import type { CloudDb, Coll, DocRef, Query } from '../../../backend/adapters/cloudbase/store-cloudbase'

type Doc = Record<string, unknown>
type Stored = { doc: Doc; rev: number }
interface Cond { $op: string; v: unknown }
const isCond = (x: unknown): x is Cond => typeof x === 'object' && x !== null && '$op' in x

export const TX_CONFLICT = 'DATABASE_TRANSACTION_CONFLICT'
export const DUPLICATE_KEY = 'DATABASE_DUPLICATE_KEY'

const clone = <T>(x: T): T => (x === undefined ? x : JSON.parse(JSON.stringify(x)))
const fail = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code })

function getPath(doc: Doc, path: string): unknown {
  let cur: unknown = doc
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    // MongoDB semantics: a dotted path through an array of objects reaches every element's field.
    cur = Array.isArray(cur) && !/^[0-9]+$/.test(part) ? cur.map((x: unknown) => (x !== null && typeof x === 'object' ? (x as Doc)[part] : undefined)) : (cur as Doc)[part]
  }
  return cur
}

function cmp(a: unknown, b: unknown): number {
  if (a === b) return 0
  if (a === undefined || a === null) return -1
  if (b === undefined || b === null) return 1
  return (a as number | string) < (b as number | string) ? -1 : 1
}

/** A value matches a condition; arrays match when any element does (MongoDB semantics). */
function matchValue(value: unknown, want: unknown): boolean {
  if (Array.isArray(value) && !isCond(want)) return value.some((v) => matchValue(v, want))
  if (want instanceof RegExp) return typeof value === 'string' && want.test(value)
  if (!isCond(want)) return value === want || (want === null && value === undefined)
  const { $op, v } = want
  switch ($op) {
    case 'all':
      return Array.isArray(value) && (v as unknown[]).every((x) => value.includes(x))
    case 'in':
      return Array.isArray(value) ? value.some((x) => (v as unknown[]).includes(x)) : (v as unknown[]).includes(value)
    case 'neq':
      return Array.isArray(value) ? !value.includes(v) : value !== v && !(v === null && value === undefined)
    case 'gt':
      return value !== undefined && value !== null && cmp(value, v) > 0
    case 'gte':
      return value !== undefined && value !== null && cmp(value, v) >= 0
    case 'lt':
      return value !== undefined && value !== null && cmp(value, v) < 0
    case 'lte':
      return value !== undefined && value !== null && cmp(value, v) <= 0
    case 'exists':
      return v ? value !== undefined : value === undefined
    // On a field (`at: _.and([_.gte(a), _.lt(b)])`), as the SDK allows.
    case 'and':
      return (v as unknown[]).every((w) => matchValue(value, w))
    case 'or':
      return (v as unknown[]).some((w) => matchValue(value, w))
    default:
      throw new Error(`fake db: unsupported command ${$op}`)
  }
}

function matches(doc: Doc, q: unknown): boolean {
  if (isCond(q)) {
    if (q.$op === 'and') return (q.v as unknown[]).every((x) => matches(doc, x))
    if (q.$op === 'or') return (q.v as unknown[]).some((x) => matches(doc, x))
    throw new Error(`fake db: top-level ${q.$op}`)
  }
  return Object.entries((q ?? {}) as Doc).every(([k, want]) => matchValue(getPath(doc, k), want))
}

function applyUpdate(doc: Doc, patch: Doc): Doc {
  const next = clone(doc)
  for (const [k, v] of Object.entries(patch)) {
    if (isCond(v) && v.$op === 'inc') next[k] = ((next[k] as number) ?? 0) + (v.v as number)
    else next[k] = clone(v)
  }
  return next
}

/** Committed state: collection → id → document with a revision for conflict checks. */
export class FakeCloudDb implements CloudDb {
  readonly collections = new Map<string, Map<string, Stored>>()
  /** Called between a transaction's callback and its commit (lets a test interleave another writer). */
  beforeCommit: (() => Promise<void>) | null = null
  readonly stats = { transactions: 0, conflicts: 0, attempts: 0 }

  command = {
    in: (v: unknown[]) => ({ $op: 'in', v }),
    all: (v: unknown[]) => ({ $op: 'all', v }),
    gt: (v: unknown) => ({ $op: 'gt', v }),
    gte: (v: unknown) => ({ $op: 'gte', v }),
    lt: (v: unknown) => ({ $op: 'lt', v }),
    lte: (v: unknown) => ({ $op: 'lte', v }),
    neq: (v: unknown) => ({ $op: 'neq', v }),
    exists: (v: boolean) => ({ $op: 'exists', v }),
    inc: (n: number) => ({ $op: 'inc', v: n }),
    and: (v: unknown[]) => ({ $op: 'and', v }),
    or: (v: unknown[]) => ({ $op: 'or', v }),
    aggregate: { sum: (v: unknown) => ({ $op: 'sum', v }) }
  }

  RegExp(o: { regexp: string; options: string }): unknown {
    return new RegExp(o.regexp, o.options)
  }

  table(name: string): Map<string, Stored> {
    let t = this.collections.get(name)
    if (!t) this.collections.set(name, (t = new Map()))
    return t
  }

  collection(name: string): Coll {
    return new FakeColl(this, name, {}, [], null)
  }

  async runTransaction<T>(fn: (t: { collection(name: string): Coll }) => Promise<T>, times = 3): Promise<T> {
    this.stats.transactions++
    for (let attempt = 0; ; attempt++) {
      this.stats.attempts++
      const tx = new FakeTx(this)
      try {
        const out = await fn({ collection: (name) => tx.collection(name) })
        if (this.beforeCommit) await this.beforeCommit()
        tx.commit()
        return out
      } catch (err) {
        if ((err as { code?: string }).code === TX_CONFLICT) {
          this.stats.conflicts++
          if (attempt < times) continue
        }
        throw err
      }
    }
  }
}

type Sort = Array<[string, 'asc' | 'desc']>

class FakeColl implements Coll {
  constructor(
    private readonly db: FakeCloudDb,
    private readonly name: string,
    private readonly q: unknown,
    private readonly sort: Sort,
    private readonly lim: number | null
  ) {}

  private rows(): Doc[] {
    const out = [...this.db.table(this.name).values()].map((s) => clone(s.doc)).filter((d) => matches(d, this.q))
    out.sort((a, b) => {
      for (const [f, dir] of this.sort) {
        const c = cmp(getPath(a, f), getPath(b, f))
        if (c !== 0) return dir === 'asc' ? c : -c
      }
      return 0
    })
    return out
  }

  where(q: unknown): Query {
    return new FakeColl(this.db, this.name, q, this.sort, this.lim)
  }
  orderBy(field: string, dir: 'asc' | 'desc'): Query {
    return new FakeColl(this.db, this.name, this.q, [...this.sort, [field, dir]], this.lim)
  }
  limit(n: number): Query {
    return new FakeColl(this.db, this.name, this.q, this.sort, n)
  }
  async get() {
    return { data: this.rows().slice(0, Math.min(this.lim ?? 100, 1000)) }
  }
  async count() {
    return { total: this.rows().length }
  }
  async update(patch: Doc) {
    let updated = 0
    const table = this.db.table(this.name)
    for (const row of this.rows()) {
      const s = table.get(row._id as string)
      if (!s) continue
      table.set(row._id as string, { doc: applyUpdate(s.doc, patch), rev: s.rev + 1 })
      updated++
    }
    return { updated }
  }
  /** `where(…).remove()`: every matching document (CloudBase ignores limit/orderBy here too). */
  async remove() {
    let deleted = 0
    const table = this.db.table(this.name)
    for (const row of this.rows()) if (table.delete(row._id as string)) deleted++
    return { deleted }
  }
  doc(id: string): DocRef {
    const table = () => this.db.table(this.name)
    return {
      get: async () => {
        const s = table().get(id)
        return { data: s ? [clone(s.doc)] : [] }
      },
      set: async (data: Doc) => {
        if ('_id' in data) throw fail('DATABASE_REQUEST_FAILED', 'set() must not carry _id')
        const s = table().get(id)
        table().set(id, { doc: { ...clone(data), _id: id }, rev: (s?.rev ?? 0) + 1 })
        return { updated: s ? 1 : 0, upsertedId: s ? undefined : id }
      },
      update: async (patch: Doc) => {
        const s = table().get(id)
        if (!s) return { updated: 0 }
        table().set(id, { doc: applyUpdate(s.doc, patch), rev: s.rev + 1 })
        return { updated: 1 }
      },
      remove: async () => {
        const had = table().delete(id)
        return { deleted: had ? 1 : 0 }
      }
    }
  }
  async add(data: Doc | Doc[]) {
    const docs = Array.isArray(data) ? data : [data]
    const ids: string[] = []
    for (const d of docs) {
      const id = (d._id as string | undefined) ?? `auto${this.db.table(this.name).size + 1}`
      if (this.db.table(this.name).has(id)) throw fail(DUPLICATE_KEY, `E11000 duplicate key error collection: ${this.name} _id: ${id}`)
      this.db.table(this.name).set(id, { doc: { ...clone(d), _id: id }, rev: 1 })
      ids.push(id)
    }
    return { data: { id: ids[0], ids } }
  }
  aggregate() {
    return new FakeAggregate(this.db, this.name)
  }
}

class FakeAggregate {
  private readonly stages: Array<{ kind: 'match' | 'unwind' | 'group' | 'limit'; arg: unknown }> = []
  constructor(private readonly db: FakeCloudDb, private readonly name: string) {}
  match(q: unknown) { this.stages.push({ kind: 'match', arg: q }); return this }
  unwind(field: string) { this.stages.push({ kind: 'unwind', arg: field }); return this }
  group(g: unknown) { this.stages.push({ kind: 'group', arg: g }); return this }
  limit(n: number) { this.stages.push({ kind: 'limit', arg: n }); return this }
  async end() {
    let rows: Doc[] = [...this.db.table(this.name).values()].map((s) => clone(s.doc))
    let limited = false
    for (const { kind, arg } of this.stages) {
      if (kind === 'match') rows = rows.filter((d) => matches(d, arg))
      else if (kind === 'unwind') {
        const path = (arg as string).replace(/^\$/, '')
        rows = rows.flatMap((d) => {
          const v = getPath(d, path)
          return Array.isArray(v) ? v.map((x) => setPath(clone(d), path, x)) : []
        })
      } else if (kind === 'group') {
        const g = arg as { _id: string }
        const by = g._id.replace(/^\$/, '')
        const counts = new Map<unknown, number>()
        for (const d of rows) counts.set(getPath(d, by) ?? null, (counts.get(getPath(d, by) ?? null) ?? 0) + 1)
        rows = [...counts.entries()].map(([k, n]) => ({ _id: k, n }))
      } else {
        rows = rows.slice(0, arg as number)
        limited = true
      }
    }
    // What CloudBase does to an aggregate without an explicit limit.
    return { data: limited ? rows : rows.slice(0, 20) }
  }
}

function setPath(doc: Doc, path: string, value: unknown): Doc {
  const parts = path.split('.')
  let cur = doc
  for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Doc
  cur[parts[parts.length - 1]] = value
  return doc
}

/** One attempt of a transaction: snapshot reads, buffered writes, conflict check at commit. */
class FakeTx {
  private readonly seen = new Map<string, number>()
  private readonly writes = new Map<string, { coll: string; id: string; doc: Doc | null; create: boolean }>()
  constructor(private readonly db: FakeCloudDb) {}

  private key = (coll: string, id: string) => `${coll}/${id}`

  private read(coll: string, id: string): Doc | null {
    const k = this.key(coll, id)
    const w = this.writes.get(k)
    if (w) return clone(w.doc)
    const s = this.db.table(coll).get(id)
    if (!this.seen.has(k)) this.seen.set(k, s?.rev ?? 0)
    return s ? clone(s.doc) : null
  }

  private write(coll: string, id: string, doc: Doc | null, create: boolean) {
    const k = this.key(coll, id)
    if (!this.seen.has(k)) this.seen.set(k, this.db.table(coll).get(id)?.rev ?? 0)
    this.writes.set(k, { coll, id, doc, create })
  }

  collection(name: string): Coll {
    const refuse = () => { throw new Error('fake db: a transaction allows single-document operations only (no where/orderBy/limit/aggregate)') }
    return {
      where: refuse,
      orderBy: refuse,
      limit: refuse,
      get: refuse,
      count: refuse,
      update: refuse,
      aggregate: refuse,
      doc: (id: string): DocRef => ({
        get: async () => {
          const d = this.read(name, id)
          return { data: d ? [d] : [] }
        },
        set: async (data: Doc) => {
          const cur = this.read(name, id)
          this.write(name, id, { ...clone(data), _id: id }, cur === null)
          return { updated: cur ? 1 : 0 }
        },
        update: async (patch: Doc) => {
          const cur = this.read(name, id)
          if (!cur) return { updated: 0 }
          this.write(name, id, applyUpdate(cur, patch), false)
          return { updated: 1 }
        },
        remove: async () => {
          const cur = this.read(name, id)
          this.write(name, id, null, false)
          return { deleted: cur ? 1 : 0 }
        }
      }),
      add: async (data: Doc | Doc[]) => {
        const d = Array.isArray(data) ? data[0] : data
        const id = d._id as string
        if (this.read(name, id)) throw fail(DUPLICATE_KEY, `E11000 duplicate key error collection: ${name} _id: ${id}`)
        this.write(name, id, clone(d), true)
        return { id }
      }
    } as unknown as Coll
  }

  commit() {
    for (const [k, w] of this.writes) {
      const now = this.db.table(w.coll).get(w.id)
      const was = this.seen.get(k) ?? 0
      // Another writer created the document this transaction is creating: a duplicate key, which
      // CloudBase does not treat as a transaction conflict (so it is not retried).
      if (w.create && was === 0 && now) throw fail(DUPLICATE_KEY, `E11000 duplicate key error collection: ${w.coll} _id: ${w.id}`)
      if ((now?.rev ?? 0) !== was) throw fail(TX_CONFLICT, `write conflict on ${k}`)
    }
    for (const w of this.writes.values()) {
      const t = this.db.table(w.coll)
      if (w.doc === null) t.delete(w.id)
      else t.set(w.id, { doc: w.doc, rev: (t.get(w.id)?.rev ?? 0) + 1 })
    }
  }
}
