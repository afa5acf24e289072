/**
 * Arbitrary JSON (fast-check) sent to every action of every function, as every kind of caller,
 * gets an answer — never a crash — and, when refused, leaves the database byte-for-byte unchanged.
 * (A few actions take an all-optional input, e.g. an export of "everything"; when the generator
 * happens to produce such a valid request, the action runs and may write its audit entry.)
 */
import fc from 'fast-check'
import Database from 'better-sqlite3'
import { fingerprintOf } from './support/db-fingerprint'
import { join } from 'node:path'
import { makeEnv, type Main, type TestEnv, type Who } from './support/env'
import { approved, returned, submitted } from './support/flows'
import { applicantRoutes } from '../../backend/actions/applicant'
import { staffRoutes } from '../../backend/actions/staff'
import { publicRoutes } from '../../backend/actions/public'
import { systemRoutes } from '../../backend/actions/system'
import { main as applicant } from '../../cloudfunctions/applicant/index'
import { main as staff } from '../../cloudfunctions/staff/index'
import { main as publicFn } from '../../cloudfunctions/public/index'
import { main as system } from '../../cloudfunctions/system/index'

const FUNCTIONS: Array<[string, Main, Record<string, unknown>]> = [
  ['applicant', applicant, applicantRoutes],
  ['staff', staff, staffRoutes],
  ['public', publicFn, publicRoutes],
  ['system', system, systemRoutes]
]
const CALLERS: Who[] = ['anonymous', 'owner', 'other', 'reviewer', 'admin']
const CODES = ['invalid_input', 'unauthenticated', 'forbidden', 'not_found', 'conflict', 'duplicate', 'invalid_state']

let env: TestEnv
let db: Database.Database

const fingerprint = (): string => fingerprintOf(db)

beforeAll(async () => {
  env = await makeEnv()
  // Filings in several states, so handlers that find a record have something to find.
  await submitted(env, 'owner')
  await approved(env, 'owner')
  await returned(env, 'other')
  db = new Database(join(env.dir, 'filing.sqlite'), { readonly: true, fileMustExist: true })
}, 60_000)
afterAll(() => { db?.close(); env?.dispose() })

// Inputs that are JSON but, with overwhelming likelihood, not a valid input of any action.
const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fc.constantFrom('id', 'version', 'content', 'requestId', 'decision', 'reasons', '__proto__', 'constructor', 'openid', 'filter', 'cursor', 'code', 'fileId'), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
  fc.constantFrom(null, [], '', 0, -1, 1e308, 'x'.repeat(100_000), { id: '../../etc/passwd', version: 1 }, { id: { $gt: '' } }, { content: { subject: { type: 'individual', idNumber: 42 } } })
)

describe('every action under arbitrary JSON', () => {
  for (const [fnName, main, routes] of FUNCTIONS) {
    for (const action of Object.keys(routes)) {
      test(`when ${fnName}/${action} receives arbitrary JSON from any caller, then it answers without crashing and a refusal changes nothing`, async () => {
        await fc.assert(fc.asyncProperty(hostile, fc.constantFrom(...CALLERS), async (input, who) => {
          const before = fingerprint()
          const res = await env.call(main, action, input, who)
          expect(typeof res).toBe('object')
          if (!res.ok) {
            expect(CODES).toContain(res.error.code)
            expect(res.error.message).toMatch(/[\u4e00-\u9fff]/)
            expect(fingerprint()).toBe(before)
          }
        }), { numRuns: 40, seed: 20261129 })
      }, 60_000)
    }
  }

  test('when the event itself is not an object with an action, then every function answers invalid_input', async () => {
    const before = fingerprint()
    for (const [, main] of FUNCTIONS) {
      for (const event of [null, 42, 'submit', [], { action: 7 }, { action: '' }, { action: 'x'.repeat(500) }, { action: '__proto__' }, { action: 'constructor' }, { action: 'toString' }]) {
        const res = await main(event, { local: { openid: 'oOwner000000000000000000001' } })
        expect(res.ok).toBe(false)
        if (!res.ok) expect(res.error.code).toBe('invalid_input')
      }
    }
    expect(fingerprint()).toBe(before)
  })
})
