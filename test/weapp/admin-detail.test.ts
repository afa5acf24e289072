import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { STANDARD, cloudTransport, submitFiling } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage
let filingId: string
let twinId: string

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  filingId = (await submitFiling(call, upload, { ...STANDARD[0], owner: 'demo-applicant-a' })).id
  // Someone else files an account of the same name on the same platform (another account id).
  twinId = (await submitFiling(call, upload, { ...STANDARD[2], accountName: STANDARD[0].accountName, owner: 'demo-applicant-b' })).id
  cloud.actAs('demo-admin')
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/detail/index', { id: filingId })
  await page.eventually(() => expect(page.text()).toContain('办理记录'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('备案审核 screen (admin subpackage) on the weapp build', () => {
  test('when a submitted filing opens, then every field, the documents and the three decisions are shown', () => {
    const text = page.text()
    for (const t of ['张小明', '13800138000', '三埠街道', '抖音', '开平美食探店', '12,000', '身份证人像面', '身份证国徽面', '本人签名', '通过', '退回补正', '驳回']) {
      expect(text).toContain(t)
    }
  })

  test('when another live filing has an account of the same name on the same platform, then a duplicate hint names it and opens it', async () => {
    expect(page.text()).toContain('疑似重复备案')
    expect(page.text()).toContain('开平美食探店（王*）已在另一份备案中，状态：待审核')
    const navigateTo = jest.spyOn(wxApi(), 'navigateTo')
    await page.tap(page.byText('已在另一份备案中')[0])
    expect(navigateTo).toHaveBeenCalledWith(expect.objectContaining({ url: `/packages/admin/pages/detail/index?id=${encodeURIComponent(twinId)}` }))
  })

  test('when the applicant accepted no subscription at submit, then the screen says 未订阅，请电话联系 with the phone to call', () => {
    expect(page.text()).toContain('未订阅，请电话联系 13800138000')
  })

  test('when the account name holds a local place name, then the hint names it (core detectPlaceNames)', () => {
    expect(page.text()).toContain('“开平美食探店”含本地地名：开平')
  })

  test('when a document is tapped, then WeChat\'s full-screen viewer opens with all short-lived links', async () => {
    const previewImage = jest.spyOn(wxApi(), 'previewImage').mockImplementation(() => undefined as never)
    await page.tap(page.exact('身份证国徽面'))
    expect(previewImage).toHaveBeenCalledTimes(1)
    const arg = previewImage.mock.calls[0][0] as { current: string, urls: string[] }
    expect(arg.urls).toHaveLength(3)
    expect(arg.urls).toContain(arg.current)
    expect(arg.urls.every((u) => u.startsWith('/files/'))).toBe(true)
  })

  test('when 显示 is tapped on the masked ID number, then the full number appears and the reveal is audited', async () => {
    expect(page.text()).toContain('440783********1230')
    expect(page.text()).not.toContain('440783199001011230')
    await page.tap(page.byText('显示').find((n) => n.dom.textContent?.trim() === '显示')!)
    await page.eventually(() => expect(page.text()).toContain('440783199001011230'))
    const audit = await cloud.runtime.store.audit.listByFiling(filingId)
    expect(audit).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'reveal', actorOpenid: 'demo-admin', detail: expect.objectContaining({ field: 'subject.idNumber' }) })]))
  })

  test('when 通过 is confirmed, then the issued filing number is shown and the buttons go away', async () => {
    jest.spyOn(wxApi(), 'showModal').mockImplementation((opts: { success?: (r: unknown) => void }) => { opts.success?.({ confirm: true, cancel: false }) })
    await page.tap(page.byText('通过').find((n) => n.dom.textContent?.trim() === '通过')!)
    await page.eventually(() => expect(page.text()).toContain('已通过，备案编号'))
    const rec = await cloud.runtime.store.filings.get(filingId)
    expect(rec?.status).toBe('approved')
    expect(rec?.filingNumber).toBeTruthy()
    expect(page.text()).toContain(`已通过，备案编号：${rec!.filingNumber}`)
    expect(page.byText('退回补正')).toHaveLength(0)
  })
})
