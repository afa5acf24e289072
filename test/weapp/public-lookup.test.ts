import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { cancelOwn, decide, submittedFiling } from './filing-detail.fixtures'

let cloud: LocalCloud
let page: LoadedPage
let filingNumber: string
let cancelledNumber: string

beforeAll(async () => {
  cloud = await localCloud()
  // Arranged through the real actions: an applicant files, an admin approves (which numbers it).
  const filed = await submittedFiling(cloud, 'demo-applicant-a', '开平美食探店')
  const approved = await decide(filed, { decision: 'approve' })
  if (approved.filingNumber === null) throw new Error('approval gave no filing number')
  filingNumber = approved.filingNumber
  const old = await decide(await submittedFiling(cloud, 'demo-applicant-a', '三埠旧号'), { decision: 'approve' })
  cancelledNumber = old.filingNumber ?? ''
  await cancelOwn(old, 'demo-applicant-a')
  // The person looking it up is someone else entirely.
  cloud.actAs('demo-applicant-b')
  bootApp(cloud.stub)
  page = await openPage('packages/public/pages/lookup/index')
}, 30_000)
afterAll(() => { page?.detach(); cloud?.close() })

/** The field frame (label + input + message) around a message, so "beside the field" is checked (weapp classes carry a `main--` prefix). */
function frameOf (message: string): string {
  let el: HTMLElement | null = page.byText(message)[0]?.dom ?? null
  while (el !== null && !(el.getAttribute('class') ?? '').split(/\s+/).some((c) => c.replace(/^\w+--/, '') === 'field')) el = el.parentElement
  return (el?.textContent ?? '').replace(/\s+/g, ' ')
}

describe('备案查询 (public subpackage) on the weapp build', () => {
  test('when a malformed number is searched, then the format message stands beside 备案号 and nothing is looked up', async () => {
    cloud.stub.callFunction.mockClear()
    await page.input(page.control('wx-input', 'field-filingNumber'), '备案123')
    await page.tap(page.exact('查询'))
    expect(frameOf('备案号格式不正确')).toContain('备案号')
    expect(cloud.stub.callFunction).not.toHaveBeenCalled()
  })

  test('when the approved filing number is searched, then 已备案 shows the number, platform, account and date and no personal data', async () => {
    await page.input(page.control('wx-input', 'field-filingNumber'), ` ${filingNumber} `)
    await page.tap(page.exact('查询'))
    await page.eventually(() => page.exact('已备案'))
    const text = page.text()
    expect(text).toContain(filingNumber)
    expect(text).toContain('抖音')
    expect(text).toContain('开平美食探店')
    expect(text).toMatch(/备案日期 ?\d{4}-\d{2}-\d{2}/)
    expect(text).not.toContain('张小明')
    expect(text).not.toContain('13800138000')
    expect(text).not.toContain('440783')
  })

  test('when an unknown number of the right format is searched, then 未查询到备案记录 explains it and offers 开始备案', async () => {
    await page.input(page.control('wx-input', 'field-filingNumber'), '开网备2024999999')
    await page.tap(page.exact('查询'))
    await page.eventually(() => expect(page.text()).toContain('未查询到备案记录'))
    expect(page.text()).toContain('可能是尚未备案、仍在审核中')
    expect(page.byText('开始备案')).toHaveLength(1)
    expect(() => page.exact('已备案')).toThrow()
  })

  test('when a cancelled number is searched, then the answer says 该备案已注销 (not 未查询到), with the record and what to do', async () => {
    await page.input(page.control('wx-input', 'field-filingNumber'), cancelledNumber)
    await page.tap(page.exact('查询'))
    await page.eventually(() => expect(page.text()).toContain('该备案已注销'))
    const text = page.text()
    expect(text).not.toContain('未查询到备案记录')
    expect(text).toContain(cancelledNumber)
    expect(text).toContain('已注销')
    expect(text).toContain('请重新在开平市登记备案')
  })

  test('when only the digits of the number are typed, then the filing is found', async () => {
    await page.input(page.control('wx-input', 'field-filingNumber'), filingNumber.replace(/\D/g, ''))
    await page.tap(page.exact('查询'))
    await page.eventually(() => page.exact('已备案'))
    expect(page.text()).toContain(filingNumber)
  })

  test('when the account name is left empty in 按平台和账号名称查询, then 请输入账号名称 stands beside the field', async () => {
    await page.tap(page.byText('按平台和账号名称查询')[0])
    await page.tap(page.exact('查询'))
    expect(frameOf('请输入账号名称')).toContain('账号名称')
    expect(frameOf('请选择账号所在的平台')).toContain('所在平台')
  })

  test('when 抖音 and the account name are searched (with extra spaces), then the same approved filing is found', async () => {
    const labels = ['网站', 'APP', '抖音']
    await page.pick(0, labels.indexOf('抖音'))
    await page.input(page.control('wx-input', 'field-accountName'), '  开平美食探店 ')
    expect(page.text()).not.toContain('请输入账号名称')
    await page.tap(page.exact('查询'))
    await page.eventually(() => page.exact('已备案'))
    expect(page.text()).toContain(filingNumber)
  })
})
