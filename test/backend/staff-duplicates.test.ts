import { approved, staff, submitted } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => { env = await makeEnv() })
afterEach(() => env.dispose())

type Detail = { duplicates: Array<{ id: string, filingNumber: string | null, status: string, accountNames: string[] }> }

describe('duplicate hints on the review screen', () => {
  test('when another filing holds an account of the same name on the same platform, then the reviewer sees it as a possible duplicate', async () => {
    const first = await approved(env, 'owner', { accounts: [selfMedia({ accountId: 'kp_food_a', accountName: '开平美食探店' })] })
    const second = await submitted(env, 'other', { accounts: [selfMedia({ accountId: 'kp_food_b', accountName: '开平美食探店' })] })
    const detail = await env.ok<Detail>(staff, 'get', { id: second.id }, 'reviewer')
    expect(detail.duplicates).toEqual([expect.objectContaining({ id: first.id, filingNumber: first.filingNumber, status: 'approved', accountNames: ['开平美食探店'] })])
  })

  test('when another filing writes the same name in full-width letters or with different case, then the hint still finds it (normalised keys)', async () => {
    const first = await approved(env, 'owner', { accounts: [selfMedia({ accountId: 'kp_food_a', accountName: 'Kaiping美食' })] })
    const second = await submitted(env, 'other', { accounts: [selfMedia({ accountId: 'kp_food_b', accountName: 'ｋａｉｐｉｎｇ美食' })] })
    const detail = await env.ok<Detail>(staff, 'get', { id: second.id }, 'reviewer')
    expect(detail.duplicates.map((d) => d.id)).toEqual([first.id])
  })

  test('when no other live filing shares an account, then there is no duplicate hint', async () => {
    const only = await submitted(env, 'owner')
    const detail = await env.ok<Detail>(staff, 'get', { id: only.id }, 'reviewer')
    expect(detail.duplicates).toEqual([])
  })
})
