/**
 * The review screen of a filing staff entered from paper (admin subpackage, real weapp build): it
 * names the channel and who entered it, tells the enterer why they cannot decide it, and hands out a
 * claim code (shown once, with how to pass it on and its expiry), then withdraws it.
 */
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { PNG, cloudTransport } from './admin-fixtures'
import { ID_OTHER, selfMedia } from '../backend/support/factories'
import { PAPER_USCC } from '../backend/support/intake'

const ADMIN = 'demo-admin'
let cloud: LocalCloud
let page: LoadedPage
let filingId: string

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  const documents = []
  for (const kind of ['license', 'id_front', 'id_back', 'registration_form'] as const) {
    const loc = await call(ADMIN, 'applicant', 'upload-location', { kind, ext: 'png' })
    documents.push({ kind, fileId: await upload(ADMIN, loc.cloudPath, PNG, 'image/png'), source: 'album' })
  }
  const content = {
    subject: { type: 'company', name: '开平市示例科技有限公司', uscc: PAPER_USCC, legalRepresentative: '李法人', phone: '07502268000', email: 'office@example.com', address: '开平市三埠街道港口路1号', town: '440783001' },
    operator: { sameAsSubject: false, name: '李运维', idNumber: ID_OTHER, phone: '13900139000' },
    accounts: [selfMedia({ accountId: 'paper-weapp', accountName: '开平纸质号' })],
    documents
  }
  filingId = (await call(ADMIN, 'staff', 'staff-entry', { content, channel: 'paper', receivedOn: '2024-03-01', requestId: 'weapp-entry-1' })).id
  cloud.actAs(ADMIN)
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/detail/index', { id: filingId })
  await page.eventually(() => expect(page.text()).toContain('来源与认领'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('an entered filing\'s review screen on the weapp build', () => {
  test('when the enterer opens it, then it shows the channel, the day the materials arrived, that it is unclaimed, and why they cannot decide it', () => {
    const text = page.text()
    for (const t of ['材料来源', '纸质材料（邮寄）', '收到材料日期', '2024-03-01', '录入人员', '尚未认领', '当前没有有效的认领码', '这份备案由您代为录入，需回避']) expect(text).toContain(t)
    expect(page.byText('通过').filter((n) => n.dom.textContent?.trim() === '通过')).toHaveLength(0)
  })

  test('when 生成认领码 is tapped, then the code is shown once with how to hand it over and its expiry, and the screen then knows a code is live', async () => {
    await page.tap(page.exact('生成认领码'))
    await page.eventually(() => expect(page.text()).toContain('认领码（只显示这一次）'))
    // The code on screen is the one the owner claims with (8 characters, shown nowhere else).
    const code = /认领码（只显示这一次） ?([A-Z0-9]{8})/.exec(page.text())?.[1]
    expect(code).toBeDefined()
    expect(page.text()).toContain('认领原备案')
    expect(page.text()).toMatch(/有效至 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/)
    expect(page.text()).toContain('重新生成认领码')
    const audit = await cloud.runtime.store.audit.listByFiling(filingId)
    expect(audit.map((a) => a.action)).toContain('claim-code-issue')
    const invite = await cloud.runtime.store.invites.get((await cloud.runtime.store.filings.get(filingId))!.intake!.claimCodeId!)
    expect(invite).toMatchObject({ purpose: 'claim', filingId })
    await page.tap(page.exact('我已记下'))
    await page.eventually(() => expect(page.text()).toMatch(/有一个认领码有效至 \d{4}-\d{2}-\d{2}/))
    expect(page.text()).not.toContain('认领码（只显示这一次）')
  })

  test('when 作废认领码 is confirmed, then no code is live any more', async () => {
    jest.spyOn(wxApi(), 'showModal').mockImplementation((opts: { success?: (r: unknown) => void }) => { opts.success?.({ confirm: true, cancel: false }) })
    await page.tap(page.exact('作废认领码'))
    await page.eventually(() => expect(page.text()).toContain('当前没有有效的认领码'))
    expect((await cloud.runtime.store.filings.get(filingId))?.intake?.claimCodeId).toBeNull()
  })
})
