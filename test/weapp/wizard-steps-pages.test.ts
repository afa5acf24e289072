import { bootApp, wxApi, type LoadedPage } from './harness'
import { localCloud, type LocalCloud } from './cloud'
import { cloudTransport, PNG } from './admin-fixtures'
import { APPLICANT, COMPANY, DOUYIN, installPhoneStorage, openWizardAt } from './wizard-steps.fixtures'
import { makePdf } from '../support/pdf'

/**
 * Step 3 材料 with multi-page documents on the real weapp build: a licence held as a photo and a
 * two-page PDF scan (stored by the real ingest action), shown page by page with its tile, reordered,
 * and a PDF added from a WeChat chat file (wx.chooseMessageFile) through wx.cloud.uploadFile.
 */
let cloud: LocalCloud
let page: LoadedPage
let id: string
let phone: Map<string, unknown>
const PDF1 = makePdf({ pages: 1 })

async function stored (kind: string, bytes: Buffer, ext: 'png' | 'pdf'): Promise<Record<string, unknown>> {
  const { call, upload } = cloudTransport(cloud)
  const loc = await call(APPLICANT, 'applicant', 'upload-location', { kind, ext })
  const fileId = await upload(APPLICANT, loc.cloudPath, bytes, ext === 'pdf' ? 'application/pdf' : 'image/png')
  cloud.actAs(APPLICANT)
  return ext === 'pdf' ? { kind, fileId, source: 'file', format: 'pdf', pages: 2 } : { kind, fileId, source: 'camera', format: 'jpeg' }
}

/** Every element reading exactly `label`. */
const exacts = (label: string) => page.byText(label).filter((n) => (n.dom.textContent ?? '').trim() === label)

/** Waits until the draft the phone keeps at every change (`wizard:draft:<id>`) holds what `check` wants. */
async function draftHolds (check: (documents: any[]) => boolean): Promise<void> {
  await page.until(() => {
    const raw = phone.get(`wizard:draft:${id}`)
    return typeof raw === 'string' && check(JSON.parse(raw).content.documents ?? [])
  })
}

beforeAll(async () => {
  cloud = await localCloud()
  cloud.actAs(APPLICANT)
  phone = installPhoneStorage()
  bootApp(cloud.stub)
  const documents = [await stored('license', PNG, 'png'), await stored('license', makePdf({ pages: 2 }), 'pdf')]
  ;({ page, id } = await openWizardAt(cloud, { ...COMPANY, accounts: [DOUYIN], documents }, 2))
})
afterAll(() => { page?.detach(); cloud?.close() })

describe('新建备案 wizard, step 3 材料, documents of several pages, on the weapp build', () => {
  test('when the licence holds a photo and a 2-page PDF, then both pages show in order, the PDF as a tile with its page count, with the count against the limit and the page actions', () => {
    const text = page.text()
    expect(text).toContain('营业执照')
    expect(text).toContain('已上传 3 页，最多 4 页')
    expect(text).toContain('第1页')
    expect(text).toContain('第2页')
    expect(text).toContain('PDF')
    expect(text).toContain('共2页')
    expect(exacts('下移')).toHaveLength(1)
    expect(exacts('上移')).toHaveLength(1)
    expect(text).toContain('拍照添加一页')
    expect(text).toContain('上传 PDF 扫描件')
    // ID sides stay one photo each: no PDF button on their slots.
    expect(exacts('上传 PDF 扫描件')).toHaveLength(2) // the licence and the stamped form
  })

  test('when 上移 is tapped on the PDF, then it becomes page 1 and the draft keeps that order', async () => {
    await page.tap(page.exact('上移'))
    await draftHolds((docs) => docs.filter((d: any) => d.kind === 'license').map((d: any) => d.format).join() === 'pdf,jpeg')
    const docs = JSON.parse(String(phone.get(`wizard:draft:${id}`))).content.documents
    expect(docs.filter((d: any) => d.kind === 'license').map((d: any) => d.pages ?? 1)).toEqual([2, 1])
  })

  test('when 上传 PDF 扫描件 is tapped on the stamped form, then a PDF is chosen from a chat, uploaded to the caller\'s folder, checked by the server and added as a page', async () => {
    const choose = jest.fn((o: any) => {
      const res = { errMsg: 'chooseMessageFile:ok', tempFiles: [{ path: 'wxfile://tmp/form.pdf', size: PDF1.length, name: '登记备案表.pdf', type: 'file', time: 0 }] }
      o?.success?.(res)
      return Promise.resolve(res)
    })
    wxApi().chooseMessageFile = choose
    cloud.stub.uploadFile.mockImplementation(async (o: { cloudPath: string, filePath: string, success?: (r: { fileID: string }) => void }) => {
      expect(o.filePath).toBe('wxfile://tmp/form.pdf')
      const { fileId } = await cloud.runtime.localFiles.put(o.cloudPath, PDF1, 'application/pdf', APPLICANT)
      o.success?.({ fileID: fileId })
      return { fileID: fileId }
    })
    const buttons = exacts('上传 PDF 扫描件')
    await page.tap(buttons[buttons.length - 1])
    expect(choose).toHaveBeenCalledWith(expect.objectContaining({ count: 1, type: 'file', extension: ['pdf'] }))
    await draftHolds((docs) => docs.some((d: any) => d.kind === 'registration_form' && d.format === 'pdf' && d.pages === 1))
    await page.eventually(() => expect(page.text()).toContain('已上传 1 页，最多 10 页'))
  })
})
