/**
 * The legacy import at the office's scale, through `main` on the real SQLite store: the local
 * stand-in for CloudBase's limits (a 30 s transaction, a 60 s call, a round trip per read). A
 * probe around the store counts what each confirmed call does: filings per unit, filings per
 * call, and single-document reads of the register outside units (there must be none: the check
 * reads in batches). Failures in the middle of a call keep the units before it, and the next
 * call finishes the import without duplicates or reports what changed.
 */
import { main as staffFn } from '../../cloudfunctions/staff/index'
import { LEGACY_CALL_FILINGS, LEGACY_CALL_WRITE_MS, LEGACY_UNIT_FILINGS, type LegacyImportOutput } from '../../backend/core'
import type { Store, UnitOfWork } from '../../backend/ports/store.port'
import { setRuntime } from '../../backend/runtime/current'
import { claimId } from '../../backend/services/ledger-ids'
import { submitted } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { legacyRow, legacyWorkbook, uploadWorkbook } from './support/legacy'

jest.setTimeout(180_000)

interface Probe {
  /** Filings inserted by each committed unit. */
  units: number[]
  /** filings.get / findByNumber / claims.get outside a unit. */
  singleReads: number
  /** getMany / findByNumbers calls. */
  batchReads: number
  /** Throws inside the n-th unit from now (after part of its writes), once. */
  failUnit: number | null
  /** How long each unit and each batch read take on the injected clock (a slow database). */
  unitMs: number
  readMs: number
}

/** Time passing on the injected clock. */
const tick = (ms: number) => { if (ms > 0) env.clock.set(new Date(env.clock.now.getTime() + ms).toISOString()) }

/** The store with a probe around the operations the import uses. */
function probed(store: Store, probe: Probe): Store {
  const single = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => (...a: A) => { probe.singleReads++; return fn(...a) }
  const batch = <A extends unknown[], R>(fn: (...a: A) => Promise<R>) => (...a: A) => { probe.batchReads++; tick(probe.readMs); return fn(...a) }
  return {
    ...store,
    filings: { ...store.filings, get: single(store.filings.get), findByNumber: single(store.filings.findByNumber), getMany: batch(store.filings.getMany), findByNumbers: batch(store.filings.findByNumbers) },
    claims: { get: single(store.claims.get), getMany: batch(store.claims.getMany) },
    runUnit: async <T>(fn: (tx: UnitOfWork) => Promise<T>): Promise<T> => {
      const failing = probe.failUnit === 1
      if (probe.failUnit !== null) probe.failUnit--
      if (failing) probe.failUnit = null
      let inserted = 0
      const out = await store.runUnit((tx) => fn({
        ...tx,
        filings: {
          ...tx.filings,
          insert: async (rec) => {
            if (failing && inserted === 10) throw new Error('injected: the connection dropped in the middle of a unit')
            inserted++
            return tx.filings.insert(rec)
          }
        }
      }))
      probe.units.push(inserted)
      tick(probe.unitMs)
      return out
    }
  }
}

let env: TestEnv
let probe: Probe
beforeEach(async () => {
  env = await makeEnv()
  probe = { units: [], singleReads: 0, batchReads: 0, failUnit: null, unitMs: 0, readMs: 0 }
  setRuntime({ ...env.rt, store: probed(env.rt.store, probe) })
})
afterEach(() => env.dispose())

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => legacyRow(i + 1))
const upload = async (n: number) => uploadWorkbook(env.rt, OPENID.admin, await legacyWorkbook(rowsOf(n)))
const confirm = (fileId: string) => env.call<LegacyImportOutput>(staffFn, 'legacy-import', { fileId, confirm: true }, 'admin')
const numbers = (n: number) => Array.from({ length: n }, (_, i) => `KP-OLD-${String(i + 1).padStart(5, '0')}`)

/** Every filing of rows 1..n once, each with its claim and exactly one audit entry. */
async function expectRegisterComplete(n: number): Promise<void> {
  const { store } = env.rt
  const filings = await store.filings.findByNumbers(numbers(n))
  expect(filings).toHaveLength(n)
  expect((await store.filings.stats(['approved'])).total).toBe(n)
  const keys = filings.flatMap((f) => f.claimKeys ?? [])
  expect(keys).toHaveLength(n)
  const claims = await store.claims.getMany(keys.map((k) => claimId(env.rt.crypto, k)))
  expect(new Set(claims.map((c) => c.filingId))).toEqual(new Set(filings.map((f) => f.id)))
  const audit = await store.audit.listByAction('legacy-import', 10 * n)
  expect(audit).toHaveLength(n)
  expect(new Set(audit.map((a) => a.filingId)).size).toBe(n)
}

describe('legacy import in bounded, resumable calls', () => {
  it('when a 1,000-filing register is confirmed, then each call writes at most LEGACY_CALL_FILINGS in units of at most LEGACY_UNIT_FILINGS, reads the register only in batches, and the register ends complete', async () => {
    const fileId = await upload(1000)
    const answers: LegacyImportOutput[] = []
    const perCall: Array<{ units: number[]; singleReads: number; batchReads: number }> = []
    for (let call = 0; call < 20; call++) {
      Object.assign(probe, { units: [], singleReads: 0, batchReads: 0 })
      const res = await confirm(fileId)
      if (!res.ok) throw new Error(JSON.stringify(res.error))
      answers.push(res.data)
      perCall.push({ units: [...probe.units], singleReads: probe.singleReads, batchReads: probe.batchReads })
      if (res.data.remaining === 0) break
    }
    expect(answers.map((a) => a.written)).toEqual([200, 200, 200, 200, 200])
    expect(answers.map((a) => a.remaining)).toEqual([800, 600, 400, 200, 0])
    expect(answers.map((a) => a.unchanged)).toEqual([0, 200, 400, 600, 800])
    expect(answers.every((a) => a.problemCount === 0)).toBe(true)
    expect(answers[0].summary).toContain('还有800份待导入')
    for (const c of perCall) {
      expect(c.units.reduce((s, n) => s + n, 0)).toBeLessThanOrEqual(LEGACY_CALL_FILINGS)
      expect(Math.max(...c.units)).toBeLessThanOrEqual(LEGACY_UNIT_FILINGS)
      // The check reads the register in batches: never a document per filing.
      expect(c.singleReads).toBe(0)
      expect(c.batchReads).toBeLessThanOrEqual(4)
    }
    await expectRegisterComplete(1000)
    // The upload goes with the last call, not before.
    expect((await confirm(fileId)).ok).toBe(false)
  })

  it('when a unit fails in the middle of a call, then the units before it stay written, the failed one leaves nothing, and the next call completes without duplicates', async () => {
    const fileId = await upload(120)
    probe.failUnit = 3
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const broken = await confirm(fileId)
    const lines = logged.mock.calls.map((c) => String(c[0]))
    logged.mockRestore()
    expect(broken).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(lines).toEqual([expect.stringContaining('injected')])
    // Units 1 and 2 committed; unit 3 rolled back whole (its first ten filings included).
    expect(probe.units).toEqual([25, 25])
    expect((await env.rt.store.filings.stats(['approved'])).total).toBe(50)
    expect(await env.rt.store.audit.listByAction('legacy-import', 1000)).toHaveLength(50)

    const resumed = await confirm(fileId)
    expect(resumed).toMatchObject({ ok: true, data: { written: 70, remaining: 0, unchanged: 50, problemCount: 0 } })
    await expectRegisterComplete(120)
  })

  it('when the database is slow, then a call starts no unit once LEGACY_CALL_WRITE_MS have passed (but always writes one, however long the check took), and the next calls finish the import', async () => {
    const fileId = await upload(300)
    // Four units of 10 s reach the budget of 40 s: the fifth is left to the next call.
    probe.unitMs = LEGACY_CALL_WRITE_MS / 4
    const first = await confirm(fileId)
    expect(first).toMatchObject({ ok: true, data: { written: 100, remaining: 200 } })
    expect(probe.units).toEqual([25, 25, 25, 25])
    // A check that alone takes the whole budget: the call still writes one unit, so the import moves on.
    probe.readMs = LEGACY_CALL_WRITE_MS
    probe.units = []
    const second = await confirm(fileId)
    expect(second).toMatchObject({ ok: true, data: { written: 25, remaining: 175, unchanged: 100 } })
    expect(probe.units).toEqual([25])
    Object.assign(probe, { unitMs: 0, readMs: 0 })
    expect(await confirm(fileId)).toMatchObject({ ok: true, data: { written: 175, remaining: 0 } })
    await expectRegisterComplete(300)
  })

  it('when between calls another filing takes an account of a row not yet written, then the next call names that row and writes nothing more, and the filings already written stay', async () => {
    const fileId = await upload(300)
    const first = await confirm(fileId)
    expect(first).toMatchObject({ ok: true, data: { written: 200, remaining: 100 } })
    await submitted(env, 'owner', { accounts: [selfMedia({ accountId: 'kp_legacy_250', accountName: '开平旧账号250' })] })

    const next = await confirm(fileId)
    expect(next).toMatchObject({ ok: true, data: { written: 0, unchanged: 200, problemCount: 1 } })
    if (!next.ok) return
    expect(next.data.problems).toEqual([expect.objectContaining({ row: 251, message: expect.stringContaining('已有有效备案（审核中）') })])
    expect(next.data.summary).toContain('本次未导入任何数据')
    await expectRegisterComplete(200)
    expect(await env.rt.store.filings.findByNumber('KP-OLD-00201')).toBeNull()
  })
})
