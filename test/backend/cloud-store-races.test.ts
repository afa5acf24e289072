/**
 * The races the integrity rules must win, with every handler running on the CloudBase store
 * adapter over the in-memory database that enforces CloudBase's rules (support/fake-cloudbase-db:
 * CloudBase itself is the only thing replaced): one account, one live filing, and the daily
 * report limit, under concurrent calls.
 */
import { createCloudbaseStore, type CloudDb } from '../../backend/adapters/cloudbase/store-cloudbase'
import { RATE_LIMITS } from '../../backend/core'
import { main as publicFn } from '../../cloudfunctions/public/index'
import { FakeCloudDb } from './support/fake-cloudbase-db'
import { applicant, draftOf, requestId, staff } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  const db = new FakeCloudDb()
  env = await makeEnv({ store: createCloudbaseStore(() => db as unknown as CloudDb) })
})
afterEach(() => env.dispose())

type Outcome = { id: string; version: number; status: string }

test('when two applicants submit the same account at once on the cloud store, then one stands, the other is a duplicate, and the one standing is approved', async () => {
  const account = selfMedia({ accountId: 'race-acc' })
  const [a, b] = [await draftOf(env, 'owner', { accounts: [account] }), await draftOf(env, 'other', { accounts: [{ ...account, id: 'b' }] })]
  const results = await Promise.all([
    env.call<Outcome>(applicant, 'submit', { id: a.id, version: a.version, requestId: requestId() }, 'owner'),
    env.call<Outcome>(applicant, 'submit', { id: b.id, version: b.version, requestId: requestId() }, 'other')
  ])
  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'duplicate' } })
  const winner = results.find((r) => r.ok)
  if (!winner?.ok) throw new Error('no winner')
  expect(await env.ok(staff, 'decide', { id: winner.data.id, version: winner.data.version, decision: { decision: 'approve' } }, 'reviewer')).toMatchObject({ status: 'approved' })
})

test('when fifteen reports arrive at once on the cloud store, then exactly the daily limit is stored', async () => {
  const input = { platform: 'douyin', accountName: '某谣言号', reason: '发布谣言或虚假信息', details: '' }
  const results = await Promise.all(Array.from({ length: 15 }, () => env.call(publicFn, 'report', input, 'owner')))
  expect(results.filter((r) => r.ok)).toHaveLength(RATE_LIMITS.report.limit)
  expect(await env.rt.store.reports.countByReporterSince('oOwner000000000000000000001', '2024-01-01T00:00:00.000Z')).toBe(RATE_LIMITS.report.limit)
})
