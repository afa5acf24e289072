/**
 * A forged 备案证明 link on the real weapp build: the old `?n=&a=&s=` form renders any text as an
 * official certificate; now it shows 无法核验 and none of what it claims.
 */
import { bootApp, openPage, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'

let cloud: LocalCloud
let page: LoadedPage

beforeAll(async () => {
  cloud = await localCloud()
  bootApp(cloud.stub)
  page = await openPage('packages/filing/pages/proof/index', { n: encodeURIComponent('开网备2024999999'), a: encodeURIComponent('假冒账号'), s: encodeURIComponent('某某公司'), d: '2024-01-01' })
  await page.eventually(() => expect(page.text()).toContain('无法核验'))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('备案证明 from a forged link on the weapp build', () => {
  test('when the link carries the details in its query, then 无法核验 shows and none of them', () => {
    const text = page.text()
    expect(text).toContain('无法核验')
    expect(text).toContain('此证明不能作为备案凭证')
    for (const forged of ['开网备2024999999', '假冒账号', '某某公司']) expect(text).not.toContain(forged)
    expect(page.root.dom.querySelector('wx-image')).toBeNull()
  })
})
