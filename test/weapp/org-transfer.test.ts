/**
 * Transfer of a filing (转让) on the real weapp build, through the real applicant function on
 * SQLite: the owner's managers screen makes a transfer code (shown once, copied), the new operator
 * types it in the join box, sees what would be handed over, accepts, and owns the filing.
 */
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { approvedFiling, cloudTransport, type CallAs } from './admin-fixtures'

const OWNER = 'demo-transfer-owner'
const NEWCO = 'demo-transfer-newco'

type ClipboardOptions = { data: string, success?: (res: Record<string, never>) => void }

let cloud: LocalCloud
let page: LoadedPage | undefined
let call: CallAs
let filingId: string
let code = ''

beforeAll(async () => {
  cloud = await localCloud()
  const transport = cloudTransport(cloud)
  call = transport.call
  filingId = (await approvedFiling(call, transport.upload, OWNER)).id
  cloud.actAs(OWNER)
  bootApp(cloud.stub)
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('转让 (org subpackage) on the weapp build', () => {
  test('when the owner opens the managers screen of a filed filing, then the transfer section shows, and a named transfer gives a code once, with copy', async () => {
    page = await openPage('packages/org/pages/managers/index', { id: filingId })
    await page.eventually(() => expect(page!.text()).toContain('转让给新的运营主体'))
    for (const t of ['接收方名称', '生成转让码', '不能再查看或操作']) expect(page.text()).toContain(t)
    await page.input(page.control('wx-input', 'field-transfer-toName'), '开平新运营有限公司')
    await page.tap(page.exact('生成转让码'))
    await page.eventually(() => expect(page!.text()).toMatch(/转让码：[A-Z0-9]{6,16}/))
    code = /转让码：([A-Z0-9]{6,16})/.exec(page.text())![1]
    // The open transfer is named with its expiry, and can be withdrawn.
    await page.eventually(() => expect(page!.text()).toContain('转让进行中：接收方“开平新运营有限公司”'))
    expect(page.text()).toContain('撤销转让码')
    // Its dates (in the notice and in how to use the code) are unbreakable runs: at a large font a
    // line broke after a date's hyphen ("2026-" / "12-10").
    const until = /转让码(\d{4}-\d{2}-\d{2})前有效/.exec(page.text())![1]
    const runs = page.byText(until).map((n) => (n.dom.getAttribute('class') ?? '').split(/\s+/).map((c) => c.replace(/^\w+--/, '')))
    expect(runs).toEqual([expect.arrayContaining(['nowrap']), expect.arrayContaining(['nowrap'])])
    expect(page.exact('重新生成转让码')).toBeDefined()
    const clipboard = jest.spyOn(wxApi(), 'setClipboardData').mockImplementation((o: ClipboardOptions) => { o.success?.({}); return Promise.resolve({}) })
    await page.tap(page.exact('复制转让码'))
    expect(clipboard).toHaveBeenCalledWith(expect.objectContaining({ data: code }))
    clipboard.mockRestore()
    page.detach()
    page = undefined
  })

  test('when the new operator types the transfer code in the join box, then they see what is handed over, accept, and own the filing', async () => {
    expect(code).not.toBe('')
    cloud.actAs(NEWCO)
    page = await openPage('packages/org/pages/join/index')
    await page.input(page.control('wx-input', 'field-join-code'), code.toLowerCase())
    await page.tap(page.exact('加入'))
    await page.eventually(() => expect(page!.text()).toContain('确认接收备案'))
    for (const t of ['开平美食探店', '开平新运营有限公司', '接收后您将成为该备案的所有人', '30个工作日内提交变更备案']) expect(page.text()).toContain(t)
    await page.tap(page.exact('确认接收'))
    await page.eventually(() => expect(page!.text()).toContain('已接收备案'))
    expect(page.text()).toMatch(/请于\d{4}-\d{2}-\d{2}前办理变更备案/)
    expect(page.text()).toContain('查看备案')
    const mine = await call(NEWCO, 'applicant', 'list-mine', {}) as { items: Array<{ id: string }> }
    expect(mine.items.map((i) => i.id)).toContain(filingId)
    await expect(call(OWNER, 'applicant', 'get-filing', { id: filingId })).rejects.toThrow(/forbidden/)
  })
})
