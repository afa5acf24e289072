/** Staff search by subject name, phone, 统一社会信用代码, domain, APP package and account id: normalised, answers masked. */
import { makeEnv, type TestEnv } from './support/env'
import { selfMedia } from './support/factories'
import { staff, submitted } from './support/flows'
import type { DraftContent } from '../../backend/core'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

type Page = { items: Array<{ id: string; subjectName: string }> }
const find = async (q: string) => (await env.ok<Page>(staff, 'queue', { q, status: ['submitted', 'approved', 'returned', 'amending'] }, 'reviewer')).items

describe('staff search', () => {
  it('when staff search by any identifier the register holds, then the filing is found whatever the width, case or spacing typed, and the answer stays masked', async () => {
    const accounts = [
      selfMedia({ accountId: 'KP_Food_Hunter', managerMobile: '13711112222' }),
      { kind: 'website', id: 'w-1', name: '开平生活网', domain: 'kplife.example.cn', icpNumber: '粤ICP备12345678号-1' },
      { kind: 'app', id: 'a-1', name: '开平通', stores: ['华为应用市场'], developer: '某某科技', packageName: 'com.kaiping.tong' }
    ]
    const mine = await submitted(env, 'owner', { accounts } as Partial<DraftContent>)
    const other = await submitted(env, 'other', { subject: { type: 'individual', name: '李大同', idNumber: '440783198512314562', phone: '13900139000', address: '开平市长沙街道1号', town: '440783002' } } as Partial<DraftContent>)
    for (const q of ['张小明', '138 0013 8000', '+86 13800138000', '137-1111-2222', 'ｋｐ＿ｆｏｏｄ＿ｈｕｎｔｅｒ', 'kplife.EXAMPLE.cn', 'COM.KAIPING.TONG', '粤icp备12345678']) {
      const items = await find(q)
      expect([q, items.map((i) => i.id)]).toEqual([q, [mine.id]])
      expect(items[0].subjectName).toBe('张**')
    }
    expect((await find('13900139000')).map((i) => i.id)).toEqual([other.id])
    expect(await find('无此主体')).toEqual([])
  })

  it('when staff search by an ID number, then nothing is found (ID numbers are sealed, never searchable)', async () => {
    await submitted(env, 'owner')
    expect(await find('440783199001011230')).toEqual([])
  })
})
