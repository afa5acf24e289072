/**
 * 备案证明 for its owner on the real weapp build: generated from the register, with a QR code
 * whose content (decoded from the rendered image, as a scanner would) verifies against the register.
 */
import sharp from 'sharp'
import jsQR from 'jsqr'
import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { approvedFiling, cloudTransport } from './admin-fixtures'

let cloud: LocalCloud
let page: LoadedPage
let filingNumber: string

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  const sub = await approvedFiling(call, upload, 'demo-applicant-a')
  filingNumber = sub.filingNumber
  cloud.actAs('demo-applicant-a')
  bootApp(cloud.stub)
  page = await openPage('packages/filing/pages/proof/index', { id: sub.id })
  await page.eventually(() => expect(page.text()).toContain(filingNumber))
})
afterAll(() => { page?.detach(); cloud?.close() })

async function decodeQrImage (src: string): Promise<string | null> {
  const svg = Buffer.from(src.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64')
  const { data, info } = await sharp(svg).resize(400, 400).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}

describe('备案证明 (filing subpackage) on the weapp build', () => {
  test('when the owner opens it, then the number, accounts, masked subject and office come from the register', () => {
    const text = page.text()
    for (const t of ['备案证明', filingNumber, '抖音“开平美食探店”', '张**', '开平市互联网信息办公室', '扫描二维码可向网信办登记簿核验本证明']) expect(text).toContain(t)
    expect(text).not.toContain('张小明')
  })

  test('when its QR code is scanned, then it holds the signed code, which the register verifies', async () => {
    // A built-in <image> keeps its bound attributes on the exparser node's virtual tree.
    const attrs: Array<{ name: string, value: unknown }> = (page.root.dom.querySelector('wx-image') as any)?.__wxElement?._vt?.attrs ?? []
    const src = String(attrs.find((a) => a.name === 'src')?.value ?? '')
    expect(src).toMatch(/^data:image\/svg\+xml;base64,/)
    const text = await decodeQrImage(src)
    expect(text).toContain(filingNumber)
    const check = await require('../../cloudfunctions/public/index').main({ action: 'verify-certificate', input: { code: text } }, { local: {} })
    expect(check).toMatchObject({ ok: true, data: { valid: true, certificate: { filingNumber } } })
  })

  test('when the owner shares it, then the shared path carries only the signed code', () => {
    const share = page.instance.onShareAppMessage?.call(page.instance, { from: 'button' })
    expect(share.path).toMatch(/^\/packages\/filing\/pages\/proof\/index\?c=/)
    expect(decodeURIComponent(share.path.split('c=')[1])).toContain(filingNumber)
    expect(share.path).not.toMatch(/[?&](n|a|s)=/)
  })
})
