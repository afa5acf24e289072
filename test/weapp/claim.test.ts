/** 认领原备案 (filing subpackage) on the weapp build: an imported legacy filing is claimed by its old number and identity. */
import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { legacyRow, legacyWorkbook, residentId, uploadWorkbook } from '../backend/support/legacy'
import { main as staffMain } from '../../cloudfunctions/staff/index'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  // Arranged through the real actions: the admin imports the old register.
  const fileId = await uploadWorkbook(cloud.runtime, 'demo-admin', await legacyWorkbook([legacyRow(21)]))
  const res = (await staffMain({ action: 'legacy-import', input: { fileId, confirm: true } }, { local: { openid: 'demo-admin' } })) as { ok: boolean; data: { written: number } }
  if (!res.ok || res.data.written !== 1) throw new Error(`import failed: ${JSON.stringify(res)}`)
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('packages/filing/pages/claim/index')
}, 60_000)
afterAll(() => { page?.detach(); cloud?.close() })

describe('认领原备案 on the weapp build', () => {
  test('when nothing is typed, then each field says what it needs and nothing is sent', async () => {
    cloud.stub.callFunction.mockClear()
    await page.tap(page.exact('认领'))
    expect(page.text()).toContain('请填写原备案号')
    expect(page.text()).toContain('请填写备案主体的证件号码或统一社会信用代码')
    expect(cloud.stub.callFunction).not.toHaveBeenCalled()
  })

  test('when the identity does not match, then the office\'s wording explains it and nothing is claimed', async () => {
    await page.input(page.control('wx-input', 'field-filingNumber'), 'KP-OLD-00021')
    await page.input(page.control('wx-input', 'field-identity'), residentId(22))
    await page.tap(page.exact('认领'))
    await page.eventually(() => expect(page.text()).toContain('与登记记录不一致'))
    expect((await cloud.runtime.store.filings.findByNumber('KP-OLD-00021'))?.ownerOpenid).toBe('')
  })

  test('when the old number and identity match, then the filing is the caller\'s and 查看并变更备案 is offered', async () => {
    await page.input(page.control('wx-input', 'field-identity'), residentId(21))
    await page.tap(page.exact('认领'))
    await page.eventually(() => expect(page.text()).toContain('认领成功'))
    expect(page.text()).toContain('KP-OLD-00021')
    expect(page.byText('查看并变更备案')).toHaveLength(1)
    expect((await cloud.runtime.store.filings.findByNumber('KP-OLD-00021'))?.ownerOpenid).toBe('demo-applicant-a')
  })
})
