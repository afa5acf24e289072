/**
 * Bench data: `n` filings written straight into the store in batched transactions (no
 * handler round trips), with realistic indexes, sealed ID numbers and gap-free filing
 * numbers taken from the same yearly counter the approve path uses.
 */
import { addDays, EMPTY_INDEX, isAwaitingReview, filingNumberCounter, formatFilingNumber, localDate, lookupKeysOf, reviewDueDate, withDerivedState, type DraftContent, type FilingStatus } from '../core'
import type { FilingRecord } from '../ports/records'
import type { Runtime } from '../runtime/runtime'
import { sealVersion } from '../services/sealing'
import { demoAccount, demoParties } from './generators'

const MIX: FilingStatus[] = ['submitted', 'submitted', 'approved', 'approved', 'approved', 'approved', 'returned', 'rejected', 'withdrawn', 'draft', 'amending', 'cancelled']
const BATCH = 5000

/** Calendar maths is the slow part of building 100k records; timestamps repeat, so memoise. */
function memo<T>(fn: (k: string) => T): (k: string) => T {
  const m = new Map<string, T>()
  return (k) => {
    let v = m.get(k)
    if (v === undefined) m.set(k, (v = fn(k)))
    return v
  }
}

export interface BulkReport {
  inserted: number
  approvedNumbers: number
}

export async function seedBulk(rt: Runtime, n: number, opts: { ownerPrefix?: string; batch?: number } = {}): Promise<BulkReport> {
  const now = rt.clock.now()
  const tz = rt.config.timezone
  const year = localDate(now, tz).slice(0, 4)
  const batch = opts.batch ?? BATCH
  const ownerPrefix = opts.ownerPrefix ?? 'bench-owner-'
  let numbered = 0
  // Timestamps fall on 180 distinct days, 08:00–16:00 local: day-keyed memos stay tiny.
  const today = Date.parse(`${localDate(now, tz)}T00:00:00Z`)
  const dayOf = (i: number) => (i * 7919) % 180
  const dayMemo = <T>(fn: (at: string) => T) => memo((day: string) => fn(new Date(today - Number(day) * 86_400_000).toISOString()))
  const reviewDue = dayMemo((at) => reviewDueDate(at, rt.config))
  const openedOn = dayMemo((at) => addDays(localDate(at, tz), -15))
  for (let start = 0; start < n; start += batch) {
    const size = Math.min(batch, n - start)
    const statuses = Array.from({ length: size }, (_, k) => MIX[(start + k) % MIX.length])
    const needNumbers = statuses.filter((s) => s === 'approved' || s === 'amending' || s === 'cancelled').length
    // One unit per batch: the counter jumps by exactly the numbers this batch hands out.
    const seqs = await rt.store.runUnit(async (tx) => {
      const out: number[] = []
      for (let k = 0; k < needNumbers; k++) out.push(await tx.counters.next(filingNumberCounter(year)))
      return out
    })
    numbered += seqs.length
    const recs: FilingRecord[] = statuses.map((status, k) => {
      const i = start + k
      const day = String(dayOf(i))
      const at = new Date(today - dayOf(i) * 86_400_000 + (i % 480) * 60_000).toISOString()
      const content: DraftContent = {
        ...demoParties(i, rt.config, '压测数据'),
        accounts: [demoAccount(i, rt.config, openedOn(day))],
        documents: [],
        commitment: { accepted: true, acceptedAt: at, textVersion: 'v1' }
      }
      const sealed = sealVersion(content, rt.crypto, rt.config)
      const filed = status !== 'draft'
      const hasNumber = status === 'approved' || status === 'amending' || status === 'cancelled'
      const filingNumber = hasNumber ? formatFilingNumber(rt.config, Number(year), seqs.shift() as number) : null
      const base: FilingRecord = {
        id: `bulk${String(i).padStart(7, '0')}`,
        ownerOpenid: `${ownerPrefix}${i % 5000}`,
        status,
        version: filed ? 2 : 1,
        working: sealed.snapshot,
        approved: hasNumber ? { ...sealed.snapshot, approvedAt: at, index: { ...sealed.index, accountKeys: lookupKeysOf(content) } } : null,
        filingNumber,
        returnReasons: status === 'returned' ? [{ field: 'subject.phone', reason: '联系电话无法接通，请核对' }] : [],
        rejectReason: status === 'rejected' ? '不属于属地管理范围' : null,
        fixBy: null,
        createdAt: at,
        updatedAt: at,
        submittedAt: filed ? at : null,
        decidedAt: ['approved', 'returned', 'rejected', 'cancelled'].includes(status) ? at : null,
        reviewDueDate: isAwaitingReview(status) ? reviewDue(day) : null,
        submittedWeek: null,
        sortAt: at,
        searchText: '',
        index: { ...EMPTY_INDEX, ...sealed.index },
        publicKeys: [],
        claimKeys: [],
        reminders: [],
        demo: true
      }
      return withDerivedState(base, rt.config)
    })
    await rt.store.filings.insertMany(recs)
  }
  return { inserted: n, approvedNumbers: numbered }
}
