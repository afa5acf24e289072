/**
 * The review screen's trust panel on the real weapp build: a typed ID number that disagrees with
 * what the server read off the uploaded card is flagged (both masked); the per-account checklist
 * is saved through the staff entry and recorded in the audit; website links are copied (a
 * mini-program cannot open outside pages) with a message.
 */
import { bootApp, openPage, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { cloudTransport } from './admin-fixtures'
import { photograph, PHOTO_VARIANTS, SAMPLE_PERSON, svgOf } from '../support/document-photos'
import { stopLocalOcr } from '../../backend/adapters/local/ocr-paddle'

jest.setTimeout(120_000)

let cloud: LocalCloud
let page: LoadedPage
let filingId: string
const OWNER = 'demo-applicant-a'
const TYPED_ID = '440783199001011230'

beforeAll(async () => {
  cloud = await localCloud()
  const { call, upload } = cloudTransport(cloud)
  const card = await photograph(svgOf('id_front'), { width: 2000, height: 1500, ...PHOTO_VARIANTS[0] })
  const documents = []
  for (const [kind, bytes] of [['id_front', card], ['id_back', card], ['signature', card]] as const) {
    const loc = await call(OWNER, 'applicant', 'upload-location', { kind, ext: 'jpg' })
    documents.push({ kind, fileId: await upload(OWNER, loc.cloudPath, bytes, 'image/jpeg'), source: kind === 'signature' ? 'drawn' : 'camera' })
  }
  const content = {
    subject: { type: 'individual', name: SAMPLE_PERSON.name, idNumber: TYPED_ID, phone: '13800138000', address: SAMPLE_PERSON.address, town: '440783001' },
    operator: { sameAsSubject: true },
    accounts: [
      { kind: 'self_media', id: 'acc-r1', platform: 'douyin', accountName: '开平美食探店', accountId: 'kp_food_r1', homepage: 'https://www.douyin.com/user/kp_food_r1', followers: 12000, openedOn: '2024-02-01', category: '美食' },
      { kind: 'website', id: 'acc-r2', name: '开平侨乡网', url: 'https://www.kpqx.example', icpNumber: '粤ICP备12345678号-1', openedOn: '2024-01-02' }
    ],
    documents,
    commitment: { accepted: true, acceptedAt: '2024-03-04T01:59:00.000Z', textVersion: 'v1' }
  }
  const draft = await call(OWNER, 'applicant', 'save-draft', { content })
  // The applicant had the front read (the real local OCR engine reads the stored photo).
  const read = await call(OWNER, 'applicant', 'ocr-read', { filingId: draft.id, kind: 'id_front', fileId: documents[0].fileId })
  expect(read.fields.idNumber).toBe(SAMPLE_PERSON.idNumber)
  filingId = (await call(OWNER, 'applicant', 'submit', { id: draft.id, version: draft.version, requestId: 'req-trust-review-1', subscribed: [] })).id
  cloud.actAs('demo-admin')
  bootApp(cloud.stub)
  page = await openPage('packages/admin/pages/detail/index', { id: filingId })
  await page.eventually(() => expect(page.text()).toContain('核验提示'))
})
afterAll(async () => { page?.detach(); cloud?.close(); await stopLocalOcr() })

describe('备案审核 trust panel on the weapp build', () => {
  test('when the typed ID number disagrees with the card, then the reviewer sees a mismatch with both numbers masked', () => {
    const text = page.text()
    expect(text).toContain('不一致')
    expect(text).toContain('填写的身份证号码与身份证人像面识别结果不一致')
    expect(text).toContain(`填写：440783********${TYPED_ID.slice(-4)}`)
    expect(text).toContain(`识别：440783********${SAMPLE_PERSON.idNumber.slice(-4)}`)
    expect(text).not.toContain(SAMPLE_PERSON.idNumber)
    expect(text).toContain('联系电话未通过短信验证')
    expect(text).toContain('证件识别结果')
  })

  test('when the checklist of the 抖音 account is ticked and saved, then it is stored and audited', async () => {
    expect(page.text()).toContain('账号核验清单')
    expect(page.text()).toMatch(/验证码 [2-9A-HJKMNP-TV-Z]{6}/)
    // The row whose text is "<item>是否"; its option reading exactly 是 or 否 (of the first account).
    const opt = (k: string, v: 'yes' | 'no') => {
      const rows = (Array.from(page.root.dom.querySelectorAll('*')) as HTMLElement[]).filter((el) => { const t = (el.textContent ?? '').replace(/\s+/g, ''); return t.startsWith(k) && t.endsWith('是否') && t.length < k.length + 20 })
      // Innermost matches, in document order: the first belongs to the first account.
      const row = rows.filter((r) => !rows.some((o) => o !== r && r.contains(o)))[0]
      const el = (Array.from(row?.querySelectorAll('*') ?? []) as HTMLElement[]).find((c) => (c.textContent ?? '').trim() === (v === 'yes' ? '是' : '否') && c.children.length <= 1)
      if (el === undefined) throw new Error(`no option ${v} for ${k}`)
      return { dom: el, wx: (el as any).__wxElement }
    }
    await page.tap(opt('主页可以打开', 'yes'))
    await page.tap(opt('账号名称一致', 'yes'))
    await page.tap(opt('简介或置顶中可见验证码', 'yes'))
    await page.tap(opt('粉丝数与填写相符', 'no'))
    await page.tap(page.byText('保存核验结果')[0])
    await page.eventually(() => expect(page.text()).toMatch(/我 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 核验/))
    const audit = await cloud.runtime.store.audit.listByFiling(filingId)
    expect(audit).toContainEqual(expect.objectContaining({ action: 'ownership-check', actorOpenid: 'demo-admin', detail: expect.objectContaining({ state: 'failed', homepageOpens: true, followersPlausible: false }) }))
  })

  test('when a public register link is tapped, then the link is copied with a message (no outside pages in a mini-program)', async () => {
    const setClipboardData = jest.spyOn(wxApi(), 'setClipboardData').mockImplementation((o: any) => { o?.success?.({}); return Promise.resolve({}) as any })
    const showModal = jest.spyOn(wxApi(), 'showModal').mockImplementation((o: any) => { o?.success?.({ confirm: true }); return Promise.resolve({ confirm: true }) as any })
    await page.tap(page.exact('ICP备案查询（工信部）'))
    await page.eventually(() => expect(showModal).toHaveBeenCalled())
    expect(setClipboardData).toHaveBeenCalledWith(expect.objectContaining({ data: 'https://beian.miit.gov.cn/#/Integrated/recordQuery' }))
    expect(showModal.mock.calls[0][0]).toMatchObject({ content: expect.stringContaining('粤ICP备12345678号-1') })
  })
})
