/**
 * Several pages per document kind and PDF scans (issue 12 §2), through `main(event, context)` on
 * the real SQLite store and the local files adapter. The local adapter stands in for CloudBase
 * storage; where CloudBase's storage rule could not stop a modified client (any bytes, any size
 * in its own upload folder), the test writes the upload with the server's file port directly.
 */
import { readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { main as applicant } from '../../cloudfunctions/applicant/index'
import { main as staff } from '../../cloudfunctions/staff/index'
import { MAX_PDF_BYTES, MAX_PAGES } from '../../backend/core'
import { ID_OTHER, selfMedia, uploadDoc } from './support/factories'
import { requestId } from './support/flows'
import { makeEnv, OPENID, type TestEnv } from './support/env'
import { makePdf, zipBytes } from '../support/pdf'
import { deflateSync } from 'node:zlib'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const chinese = expect.stringMatching(/[\u4e00-\u9fff]/)
type Ingested = { fileId: string; format: string; pages?: number; bytes: number; watermarked: boolean; url: string | null }

async function reserve(kind: string, ext: 'jpg' | 'pdf', who: 'owner' | 'other' = 'other') {
  return env.call<{ cloudPath: string; maxBytes: number; uploadId: string }>(applicant, 'upload-location', { kind, ext }, who)
}

/** What a client does: reserve, send through the upload endpoint's adapter, ingest. */
async function uploadPdf(kind: string, bytes: Buffer, who: 'owner' | 'other' = 'other') {
  const loc = await reserve(kind, 'pdf', who)
  if (!loc.ok) throw new Error(JSON.stringify(loc.error))
  const { fileId } = await env.rt.localFiles.put(loc.data.cloudPath, bytes, 'application/pdf', OPENID[who])
  return env.call<Ingested>(applicant, 'ingest-document', { fileId }, who)
}

/** What only a modified client could do on CloudBase: any bytes into its own upload folder. */
async function forgedUpload(kind: string, ext: 'jpg' | 'pdf', bytes: Buffer) {
  const loc = await reserve(kind, ext)
  if (!loc.ok) throw new Error(JSON.stringify(loc.error))
  const { fileId } = await env.rt.files.put(loc.data.cloudPath, bytes, 'application/octet-stream')
  return { fileId, uploadId: loc.data.uploadId }
}

const storedDocuments = () => {
  const dir = join(env.dir, 'files', 'documents')
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(jpg|pdf)$/.test(f)) : []
}

const company = (documents: unknown[]) => ({
  subject: { type: 'company', name: '开平市示例科技有限公司', uscc: '91350100M000100Y43', legalRepresentative: '李法人', phone: '07502268000', email: 'office@example.com', address: '开平市三埠街道港口路1号', town: '440783001' },
  operator: { sameAsSubject: false, name: '李运维', idNumber: ID_OTHER, phone: '13900139000' },
  accounts: [selfMedia({ accountId: 'company-1' })],
  documents,
  commitment: { accepted: true, acceptedAt: '2024-03-04T01:59:00.000Z', textVersion: 'v1' }
})

async function photos(kinds: string[]) {
  return Promise.all(kinds.map(async (kind) => ({ kind, fileId: await uploadDoc(env.rt, OPENID.other, kind), source: 'camera' as const, format: 'jpeg' as const })))
}

async function submit(documents: unknown[]) {
  const draft = await env.call<{ id: string; version: number }>(applicant, 'save-draft', { content: company(documents) }, 'other')
  if (!draft.ok) return draft
  return env.call<{ status: string }>(applicant, 'submit', { id: draft.data.id, version: draft.data.version, requestId: requestId(), subscribed: [] }, 'other')
}

describe('a PDF scan is accepted with the same care as a photo', () => {
  it('when a company uploads its licence as a 3-page PDF and its form as two photos, then it submits, and staff see every page through short-lived links, the PDF served as a PDF', async () => {
    const pdf = await uploadPdf('license', makePdf({ pages: 3 }))
    expect(pdf).toMatchObject({ ok: true, data: { format: 'pdf', pages: 3, watermarked: false, url: expect.stringMatching(/^\/files\//) } })
    if (!pdf.ok) return
    expect(env.rt.files.pathOf(pdf.data.fileId)).toMatch(/^documents\/[0-9a-f]+\/[0-9a-f]{64}-3p\.pdf$/)
    const docs = [
      { kind: 'license', fileId: pdf.data.fileId, source: 'file', format: 'pdf', pages: 3 },
      ...(await photos(['id_front', 'id_back', 'registration_form', 'registration_form']))
    ]
    expect(await submit(docs)).toMatchObject({ ok: true, data: { status: 'submitted' } })

    const queue = await env.ok<{ items: Array<{ id: string }> }>(staff, 'queue', {}, 'reviewer')
    const view = await env.ok<{ content: { documents: Array<{ fileId: string; format?: string; pages?: number }> }; documentLinks: Record<string, string> }>(staff, 'get', { id: queue.items[0].id }, 'reviewer')
    const stored = view.content.documents
    expect(stored.filter((d) => d.format === 'pdf')).toEqual([expect.objectContaining({ pages: 3 })])
    expect(stored).toHaveLength(5)
    for (const d of stored) expect(view.documentLinks[d.fileId]).toMatch(/^\/files\//)
    const served = await env.rt.localFiles.readSigned(view.documentLinks[pdf.data.fileId].slice('/files/'.length))
    expect(served).toMatchObject({ contentType: 'application/pdf' })
    expect(served!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('when the pages of a kind exceed core\'s limit (a PDF counting its pages), then submit names the document and the limit; an ID side is one photo only', async () => {
    const pdf = await uploadPdf('license', makePdf({ pages: 3 }))
    if (!pdf.ok) throw new Error('upload failed')
    const overLicence = [{ kind: 'license', fileId: pdf.data.fileId, source: 'file', format: 'pdf', pages: 3 }, ...(await photos(['license', 'license', 'id_front', 'id_back', 'registration_form']))]
    expect(await submit(overLicence)).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'documents.license': expect.stringContaining(`最多${MAX_PAGES.license}页`) } } })
    const twoFronts = await photos(['license', 'id_front', 'id_front', 'id_back', 'registration_form'])
    expect(await submit(twoFronts)).toMatchObject({ ok: false, error: { fields: { 'documents.id_front': expect.stringContaining('只需一张') } } })
  })

  it('when a filing describes a 3-page PDF as one page or as a photo, then it is refused: the stored name carries what the server counted', async () => {
    const pdf = await uploadPdf('license', makePdf({ pages: 3 }))
    if (!pdf.ok) throw new Error('upload failed')
    const rest = await photos(['id_front', 'id_back', 'registration_form'])
    for (const forged of [{ format: 'pdf', pages: 1 }, { format: 'jpeg' }]) {
      const res = await env.call(applicant, 'save-draft', { content: company([{ kind: 'license', fileId: pdf.data.fileId, source: 'file', ...forged }, ...rest]) }, 'other')
      expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'documents.license': chinese } } })
    }
  })
})

describe('what is not a clean PDF is refused, naming the document, and nothing is stored', () => {
  it('when a Word file renamed to .pdf is uploaded as the licence, then the upload endpoint refuses it, and a copy forced into storage is refused at ingest with the licence named', async () => {
    const loc = await reserve('license', 'pdf')
    if (!loc.ok) throw new Error('reserve failed')
    await expect(env.rt.localFiles.put(loc.data.cloudPath, zipBytes(), 'application/pdf', OPENID.other)).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('PDF') })

    const forced = await forgedUpload('license', 'pdf', zipBytes())
    const res = await env.call(applicant, 'ingest-document', { fileId: forced.fileId }, 'other')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('不是 PDF'), fields: { 'documents.license': expect.stringMatching(/^营业执照：.*不是 PDF/) } } })
    expect(await env.rt.files.read(forced.fileId)).toBeNull()
    expect(await env.rt.store.trackedFiles.get(forced.uploadId)).toBeNull()
    expect(storedDocuments()).toEqual([])
  })

  it('when a forged oversize PDF sits in the upload folder, then ingest refuses it from its stored size without reading it, deletes it and stores nothing', async () => {
    const big = Buffer.concat([makePdf({ pages: 1 }), Buffer.alloc(MAX_PDF_BYTES, 0x20)])
    const forced = await forgedUpload('registration_form', 'pdf', big)
    const read = jest.spyOn(env.rt.files, 'read')
    const res = await env.call(applicant, 'ingest-document', { fileId: forced.fileId }, 'other')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'documents.registration_form': expect.stringContaining('超过 8 MB') } } })
    expect(read).not.toHaveBeenCalled()
    read.mockRestore()
    expect(await env.rt.files.info(forced.fileId)).toMatchObject({ exists: false })
    expect(storedDocuments()).toEqual([])
  })

  const hostile: Array<[string, Buffer, RegExp]> = [
    ['JavaScript hidden in a compressed object stream', makePdf({ catalog: '/OpenAction 99 0 R', compressed: ['<< /S /JavaScript /JS (app.alert\\(1\\)) >>'] }), /脚本/],
    ['a launch action spelled with #-escapes', makePdf({ catalog: '/OpenAction << /S /L#61unch /F (cmd.exe) >>' }), /脚本/],
    ['an embedded file', makePdf({ catalog: '/Names << /EmbeddedFiles 20 0 R >>' }), /附件|脚本/],
    ['encryption', makePdf({ trailer: '/Encrypt << /Filter /Standard /V 2 >>' }), /加密/],
    ['an HTML page appended after %%EOF', makePdf({ trailing: Buffer.from('<html><script>alert(1)</script></html>') }), /结尾/],
    ['21 pages', makePdf({ pages: 21 }), /页数/],
    ['a decompression bomb in an object stream', Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n'), deflateSync(Buffer.alloc(64 * 1024 * 1024)), Buffer.from('\nendstream\nendobj\nstartxref\n0\n%%EOF\n')]), /过大/]
  ]
  it.each(hostile)('when the licence PDF carries %s, then it is refused with a Chinese reason naming the licence and nothing is stored', async (_name, bytes, reason) => {
    const res = await uploadPdf('license', bytes)
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(reason), fields: { 'documents.license': expect.stringMatching(/^营业执照：/) } } })
    expect(storedDocuments()).toEqual([])
    const rows = await env.rt.store.trackedFiles.countByOwnerSince(OPENID.other, ['document'], '2000-01-01T00:00:00.000Z')
    expect(rows).toBe(0)
  })

  it('when a PDF is offered for an ID side, then the upload location refuses it, and PDF bytes sent to a photo path are refused at ingest: ID photos carry the purpose watermark', async () => {
    expect(await reserve('id_front', 'pdf')).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'documents.id_front': expect.stringContaining('请拍照上传') } } })
    const forced = await forgedUpload('id_front', 'jpg', makePdf())
    expect(await env.call(applicant, 'ingest-document', { fileId: forced.fileId }, 'other')).toMatchObject({ ok: false, error: { fields: { 'documents.id_front': expect.stringContaining('不接受 PDF') } } })
    expect(storedDocuments()).toEqual([])
  })
})
