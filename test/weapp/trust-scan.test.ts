/**
 * Staff check a certificate an operator shows, on the real weapp build: WeChat's scanner
 * (wx.scanCode, replaced here: there is no camera) hands over the QR text, the register answers.
 */
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { approvedFiling, cloudTransport } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage
let code: string
let filingNumber: string

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  const sub = await approvedFiling(call, upload, 'demo-applicant-a')
  filingNumber = sub.filingNumber
  code = (await call('demo-applicant-a', 'applicant', 'certificate', { id: sub.id })).qrText
  cloud.actAs('demo-reviewer')
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/scan/index')
  await page.eventually(() => expect(page.text()).toContain('扫描二维码'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('扫码核验备案证明 (admin subpackage) on the weapp build', () => {
  test('when a genuine certificate is scanned, then the register confirms it and shows its facts', async () => {
    const scanCode = jest.spyOn(wxApi(), 'scanCode').mockImplementation((o: any) => { o?.success?.({ result: code }); return Promise.resolve({ result: code }) as any })
    await page.tap(page.exact('扫描二维码'))
    await page.eventually(() => expect(page.text()).toContain('✓ 已核验：与网信办登记簿一致'))
    expect(scanCode).toHaveBeenCalledWith(expect.objectContaining({ onlyFromCamera: true, scanType: ['qrCode'] }))
    expect(page.text()).toContain(filingNumber)
    expect(page.text()).toContain('开平美食探店')
  })

  test('when a tampered code is scanned, then 无法核验 shows and nothing else', async () => {
    await page.tap(page.exact('再扫一个'))
    const forged = code.replace(/\.[A-Za-z0-9_-]{22}\./, `.${'B'.repeat(22)}.`)
    jest.spyOn(wxApi(), 'scanCode').mockImplementation((o: any) => { o?.success?.({ result: forged }); return Promise.resolve({ result: forged }) as any })
    await page.tap(page.exact('扫描二维码'))
    await page.eventually(() => expect(page.text()).toContain('无法核验'))
    expect(page.text()).toContain('证明码与备案登记不符')
    expect(page.text()).not.toContain('开平美食探店')
  })
})
