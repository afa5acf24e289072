/** The confirmed legacy import as repeated calls (core importInCalls): resume, progress, stops. */
import { importInCalls, type LegacyProgress } from '../../src/core'

interface Answer { written: number; remaining: number; problemCount: number }

/** A register of `total` new filings that writes `perCall` a call; `script` overrides the n-th call (1-based). */
function register(total: number, perCall: number, script: Record<number, () => Answer> = {}) {
  let left = total
  let n = 0
  return {
    calls: () => n,
    confirm: async (): Promise<Answer> => {
      n++
      if (script[n]) return script[n]()
      const written = Math.min(perCall, left)
      left -= written
      return { written, remaining: left, problemCount: 0 }
    }
  }
}

describe('importing in calls', () => {
  it('when the register needs several calls, then it calls again while some remain and reports progress after each', async () => {
    const r = register(1000, 200)
    const seen: LegacyProgress[] = []
    const end = await importInCalls(r.confirm, 1000, (p) => seen.push(p))
    expect(end).toMatchObject({ kind: 'done', calls: 5, report: { remaining: 0 } })
    expect(seen.map((p) => p.done)).toEqual([200, 400, 600, 800, 1000])
    expect(seen.every((p) => p.total === 1000)).toBe(true)
  })

  it('when a call fails, then it stops with the error and the progress so far; run again, it continues from the server\'s count', async () => {
    const boom = new Error('network')
    const r = register(500, 200, { 2: () => { throw boom } })
    const end = await importInCalls(r.confirm, 500)
    expect(end).toEqual({ kind: 'failed', error: boom, progress: { done: 200, total: 500 }, calls: 2 })
    const seen: number[] = []
    const again = await importInCalls(r.confirm, 500, (p) => seen.push(p.done))
    expect(again).toMatchObject({ kind: 'done', calls: 2 })
    expect(seen).toEqual([400, 500])
  })

  it('when a later call reports problems, then it stops there with that report', async () => {
    const r = register(500, 200, { 2: () => ({ written: 0, remaining: 300, problemCount: 1 }) })
    const end = await importInCalls(r.confirm, 500)
    expect(end).toMatchObject({ kind: 'problems', calls: 2, report: { problemCount: 1 } })
    expect(r.calls()).toBe(2)
  })

  it('when a call writes nothing while some remain, then it stops instead of calling forever', async () => {
    const r = register(500, 0)
    const end = await importInCalls(r.confirm, 500)
    expect(end).toEqual({ kind: 'failed', error: null, progress: { done: 0, total: 500 }, calls: 1 })
  })
})
