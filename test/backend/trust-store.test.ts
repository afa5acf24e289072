/**
 * The TrustStore port's contract (versioned writes: one winner, no lost update), on SQLite always
 * and on a CloudBase test environment when TCB_TEST_* credentials are set (otherwise it says so).
 */
import * as tcb from '@cloudbase/node-sdk'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openSqliteTrustStore } from '../../backend/adapters/sqlite/trust-store-sqlite'
import { createCloudbaseTrustStore } from '../../backend/adapters/cloudbase/trust-store-cloudbase'
import type { CloudDb } from '../../backend/adapters/cloudbase/store-cloudbase'
import type { TrustStore, VerificationRecord } from '../../backend/ports/trust.port'
import { EMPTY_PHONE_CODE } from '../../backend/core'

function contract(name: string, open: () => { store: TrustStore; close(): void }) {
  describe(`TrustStore contract: ${name}`, () => {
    let h: ReturnType<typeof open>
    beforeEach(() => { h = open() })
    afterEach(() => h.close())
    const id = () => `t${Math.random().toString(36).slice(2, 10)}`
    const rec = (over: Partial<VerificationRecord> = {}): VerificationRecord => ({ id: id(), ownerOpenid: 'o1', version: 1, readings: [], checks: {}, crossCheck: null, updatedAt: '2024-03-04T02:00:00.000Z', ...over })

    it('when a record is inserted only-if-absent twice, then the second insert loses', async () => {
      const r = rec()
      expect(await h.store.verifications.putIfVersion(r, null)).toBe(true)
      expect(await h.store.verifications.putIfVersion({ ...r, ownerOpenid: 'o2' }, null)).toBe(false)
      expect(await h.store.verifications.get(r.id)).toEqual(r)
    })

    it('when two writers update from the same version, then exactly one wins', async () => {
      const r = rec()
      await h.store.verifications.putIfVersion(r, null)
      const results = await Promise.all([
        h.store.verifications.putIfVersion({ ...r, version: 2, checks: { a: { accountKey: 'a', checks: {}, note: 'first', by: 'x', byName: 'X', at: r.updatedAt } } }, 1),
        h.store.verifications.putIfVersion({ ...r, version: 2, checks: { b: { accountKey: 'b', checks: {}, note: 'second', by: 'y', byName: 'Y', at: r.updatedAt } } }, 1)
      ])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect((await h.store.verifications.get(r.id))?.version).toBe(2)
    })

    it('when a record is removed, then it is gone; unknown ids read as null', async () => {
      const r = rec()
      await h.store.verifications.putIfVersion(r, null)
      await h.store.verifications.remove(r.id)
      expect(await h.store.verifications.get(r.id)).toBeNull()
      expect(await h.store.phoneCodes.get(id())).toBeNull()
    })

    it('when phone-code and user-send state is written, then it reads back as written', async () => {
      const p = { id: id(), version: 1, state: { ...EMPTY_PHONE_CODE, codeHash: 'h', sends: ['2024-03-04T02:00:00.000Z'] }, updatedAt: '2024-03-04T02:00:00.000Z' }
      expect(await h.store.phoneCodes.putIfVersion(p, null)).toBe(true)
      expect(await h.store.phoneCodes.get(p.id)).toEqual(p)
      const u = { id: id(), version: 1, sends: ['2024-03-04T02:00:00.000Z'], updatedAt: '2024-03-04T02:00:00.000Z' }
      expect(await h.store.userSends.putIfVersion(u, null)).toBe(true)
      expect(await h.store.userSends.putIfVersion({ ...u, version: 3 }, 2)).toBe(false)
    })
  })
}

contract('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'trust-store-'))
  const store = openSqliteTrustStore(join(dir, 'db.sqlite'))
  return { store, close: () => { store.close(); rmSync(dir, { recursive: true, force: true }) } }
})

const env = process.env.TCB_TEST_ENV_ID
const secretId = process.env.TCB_TEST_SECRET_ID
const secretKey = process.env.TCB_TEST_SECRET_KEY
if (env && secretId && secretKey) {
  contract('cloudbase', () => {
    const app = tcb.init({ env, secretId, secretKey })
    return { store: createCloudbaseTrustStore(() => app.database() as unknown as CloudDb), close: () => undefined }
  })
} else {
  console.log('CloudBase trust-store contract skipped: set TCB_TEST_ENV_ID, TCB_TEST_SECRET_ID and TCB_TEST_SECRET_KEY to run it')
  describe('TrustStore contract: cloudbase', () => {
    it('when no test environment credentials are set, then the suite reports why it did not run', () => {
      expect(env && secretId && secretKey).toBeFalsy()
    })
  })
}
