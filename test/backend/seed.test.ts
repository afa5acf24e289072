import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalRuntime } from '../../backend/runtime/local'
import { STAFF_VISIBLE_STATUSES } from '../../backend/core'
import { seedBulk } from '../../backend/seed/bulk'
import { DEMO_FILINGS } from '../../backend/seed/demo'

const FIXED = new Date('2024-06-03T02:00:00.000Z')

describe('demo and bench data', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('when a fresh data dir is opened, then demo filings exist in every state, marked 演示数据, with delivered messages', async () => {
    const rt = createLocalRuntime({ dataDir: dir, now: () => FIXED })
    await rt.ready
    const stats = await rt.store.filings.stats(STAFF_VISIBLE_STATUSES)
    expect(Object.keys(stats.byStatus).sort()).toEqual(['amending', 'approved', 'cancelled', 'draft', 'rejected', 'returned', 'submitted', 'withdrawn'])
    expect(Object.values(stats.byStatus).reduce((a, b) => a + b, 0)).toBe(DEMO_FILINGS)
    const mine = await rt.store.filings.listByOwner('demo-applicant-a', 100)
    expect(mine.every((f) => JSON.stringify(f.working.content).includes('演示数据'))).toBe(true)
    expect((await rt.inbox.list()).length).toBeGreaterThan(10)
    expect(await rt.store.staff.get('demo-reviewer')).toMatchObject({ role: 'reviewer' })
    rt.close()
  })

  it('when reset, then data is wiped and reseeded (same counts, numbers restart)', async () => {
    const rt = createLocalRuntime({ dataDir: dir, now: () => FIXED })
    await rt.ready
    const before = await rt.store.filings.stats(STAFF_VISIBLE_STATUSES)
    await rt.reset()
    expect(await rt.store.filings.stats(STAFF_VISIBLE_STATUSES)).toEqual(before)
    expect(await rt.store.counters.peek('filing-number-2024')).toBe(before.byStatus.approved + before.byStatus.amending + before.byStatus.cancelled)
    rt.close()
  })

  it('when bulk data is generated, then numbers are unique and gap-free and the queue can filter it', async () => {
    const rt = createLocalRuntime({ dataDir: dir, now: () => FIXED, seedDemo: false })
    const out = await seedBulk(rt, 1200, { batch: 500 })
    expect(out.inserted).toBe(1200)
    expect(await rt.store.counters.peek('filing-number-2024')).toBe(out.approvedNumbers)
    const page = await rt.store.filings.queue({ statuses: ['approved'] }, null, 1000)
    const numbers = page.items.map((f) => f.filingNumber)
    expect(new Set(numbers).size).toBe(numbers.length)
    expect((await rt.store.filings.queue({ platform: 'weibo', statuses: ['submitted'] }, null, 5)).items.length).toBeGreaterThan(0)
    rt.close()
  })
})
