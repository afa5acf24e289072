/**
 * An in-memory stand-in for CloudBase's document database (the slice of @cloudbase/node-sdk's
 * API our store adapter uses), so the adapter's own code runs the shared store contract without
 * a cloud environment. It replaces CloudBase itself — nothing of ours — and models the rules
 * the adapter relies on: Mongo-style matching (an array field matches when one element does),
 * `doc().get()` answering `{ data: [doc] }`, transactions that see their own writes, commit all
 * or nothing, and run one at a time (CloudBase's write locks make racing transactions retry).
 * The real service is still exercised by the same contract when TCB_TEST_* credentials are set.
 */
import type { CloudDb, Coll } from '../../../backend/adapters/cloudbase/store-cloudbase'

type Doc = Record<string, unknown>
type Store = Map<string, Map<string, Doc>>

class Cmd {
  constructor(readonly op: string, readonly arg: unknown) {}
}
class Re {
  constructor(readonly re: RegExp) {}
}

const clone = <T>(v: T): T => (v === undefined ? v : JSON.parse(JSON.stringify(v)))

function valueAt(doc: Doc, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Doc)[k] : undefined), doc)
}

function test(v: unknown, cond: unknown): boolean {
  if (Array.isArray(v) && !(cond instanceof Cmd && cond.op === 'neq')) return v.some((x) => test(x, cond)) || (Array.isArray(cond) && JSON.stringify(v) === JSON.stringify(cond))
  if (cond instanceof Re) return typeof v === 'string' && cond.re.test(v)
  if (!(cond instanceof Cmd)) return v === cond || (v === undefined && cond === null)
  const a = cond.arg as never
  switch (cond.op) {
    case 'in': return (a as unknown[]).includes(v)
    case 'gt': return v !== null && v !== undefined && (v as never) > a
    case 'gte': return v !== null && v !== undefined && (v as never) >= a
    case 'lt': return v !== null && v !== undefined && (v as never) < a
    case 'lte': return v !== null && v !== undefined && (v as never) <= a
    case 'neq': return v !== a
    default: throw new Error(`stand-in: unsupported command ${cond.op}`)
  }
}

function matches(doc: Doc, q: unknown): boolean {
  if (q instanceof Cmd && q.op === 'and') return (q.arg as unknown[]).every((x) => matches(doc, x))
  if (q instanceof Cmd && q.op === 'or') return (q.arg as unknown[]).some((x) => matches(doc, x))
  return Object.entries((q ?? {}) as Doc).every(([k, c]) => test(valueAt(doc, k), c))
}

function applyUpdate(doc: Doc, patch: Doc): Doc {
  const out = clone(doc)
  for (const [k, v] of Object.entries(patch)) out[k] = v instanceof Cmd && v.op === 'inc' ? ((out[k] as number) ?? 0) + (v.arg as number) : clone(v)
  return out
}

export function cloudbaseStandIn(): CloudDb {
  const data: Store = new Map()
  let tail: Promise<unknown> = Promise.resolve()
  const coll = (s: Store, name: string) => {
    let c = s.get(name)
    if (!c) s.set(name, (c = new Map()))
    return c
  }

  /** A collection over `read` (what is visible) writing through `write` (staged or direct). */
  function collection(name: string, read: () => Store, write: (fn: (s: Store) => void) => void): Coll {
    const docs = () => [...coll(read(), name).values()].map(clone)
    const query = (where: unknown, order: Array<[string, 'asc' | 'desc']>, limit: number) => {
      const rows = () => {
        const all = docs().filter((d) => matches(d, where))
        all.sort((x, y) => {
          for (const [f, dir] of order) {
            const a = valueAt(x, f) as never
            const b = valueAt(y, f) as never
            if (a !== b) return (a < b ? -1 : 1) * (dir === 'asc' ? 1 : -1)
          }
          return 0
        })
        return all.slice(0, limit)
      }
      const q = {
        where: (w: unknown) => query(w, order, limit),
        orderBy: (f: string, dir: 'asc' | 'desc') => query(where, [...order, [f, dir]], limit),
        limit: (n: number) => query(where, order, Math.min(n, 1000)),
        get: async () => ({ data: rows() }),
        count: async () => ({ total: docs().filter((d) => matches(d, where)).length }),
        update: async (patch: Doc) => {
          const hit = docs().filter((d) => matches(d, where))
          write((s) => { for (const d of hit) coll(s, name).set(String(d._id), applyUpdate(d, patch)) })
          return { updated: hit.length }
        },
        remove: async () => {
          const hit = docs().filter((d) => matches(d, where))
          write((s) => { for (const d of hit) coll(s, name).delete(String(d._id)) })
          return { deleted: hit.length }
        }
      }
      return q
    }
    const base = query({}, [], 100)
    return {
      ...base,
      doc: (id: string) => ({
        get: async () => ({ data: coll(read(), name).has(id) ? [clone(coll(read(), name).get(id))] : [] }),
        set: async (d: Doc) => { write((s) => coll(s, name).set(id, { ...clone(d), _id: id })); return {} },
        update: async (patch: Doc) => { write((s) => { const cur = coll(s, name).get(id); if (cur) coll(s, name).set(id, applyUpdate(cur, patch)) }); return { updated: 1 } },
        remove: async () => { write((s) => coll(s, name).delete(id)); return { deleted: 1 } }
      }),
      add: async (d: Doc | Doc[]) => {
        const list = Array.isArray(d) ? d : [d]
        for (const x of list) if (coll(read(), name).has(String(x._id))) throw Object.assign(new Error('duplicate key'), { code: 'DATABASE_DUPLICATE_WRITE' })
        write((s) => { for (const x of list) coll(s, name).set(String(x._id), clone(x)) })
        return { id: list[0]?._id }
      },
      aggregate: () => { throw new Error('stand-in: aggregate is not modelled (not in the store contract)') }
    } as unknown as Coll
  }

  const direct = (fn: (s: Store) => void) => fn(data)
  return {
    collection: (name: string) => collection(name, () => data, direct),
    command: {
      in: (v: unknown[]) => new Cmd('in', v),
      gt: (v: unknown) => new Cmd('gt', v),
      gte: (v: unknown) => new Cmd('gte', v),
      lt: (v: unknown) => new Cmd('lt', v),
      lte: (v: unknown) => new Cmd('lte', v),
      neq: (v: unknown) => new Cmd('neq', v),
      inc: (n: number) => new Cmd('inc', n),
      and: (v: unknown[]) => new Cmd('and', v),
      or: (v: unknown[]) => new Cmd('or', v),
      aggregate: { sum: (v: unknown) => v }
    },
    RegExp: ({ regexp, options }: { regexp: string; options: string }) => new Re(new RegExp(regexp, options)),
    runTransaction<T>(fn: (t: { collection(name: string): Coll }) => Promise<T>): Promise<T> {
      const run = tail.then(async () => {
        // Reads see the committed data plus this transaction's own writes; commit is all at once.
        const staged: Store = new Map([...data].map(([k, v]) => [k, new Map([...v].map(([id, d]) => [id, clone(d)]))]))
        const ops: Array<(s: Store) => void> = []
        const out = await fn({ collection: (name) => collection(name, () => staged, (w) => { w(staged); ops.push(w) }) })
        for (const op of ops) op(data)
        return out
      })
      tail = run.catch(() => undefined)
      return run
    }
  } as unknown as CloudDb
}
