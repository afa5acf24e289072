/** Pages per document kind and PDF scans (issue 12 §2): one limit per kind, in core. */
import { MAX_PAGES, acceptsPdf, documentIssues, pagesLeft, pagesOf, type DocumentKind, type DocumentRef } from '@/core'

type Doc = Pick<DocumentRef, 'kind' | 'format' | 'pages' | 'accountKey'>
const photo = (kind: DocumentKind): Doc => ({ kind, format: 'jpeg' })
const pdf = (kind: DocumentKind, pages: number): Doc => ({ kind, format: 'pdf', pages })
const base: Doc[] = [photo('license'), photo('id_front'), photo('id_back'), photo('registration_form')]

describe('pages per document kind', () => {
  it('when a document is a photo it fills one page, a PDF fills its page count, and a record from before PDFs (no format) is a photo', () => {
    expect(pagesOf(photo('license'))).toBe(1)
    expect(pagesOf(pdf('license', 3))).toBe(3)
    expect(pagesOf({ kind: 'license' } as Doc)).toBe(1)
    expect(pagesLeft('license', [pdf('license', 3), photo('id_front')])).toBe(MAX_PAGES.license - 3)
  })

  it('when every kind is asked, then ID sides and the signature take one page and multi-page documents several, the form the most (it continues past ten accounts)', () => {
    expect([MAX_PAGES.id_front, MAX_PAGES.id_back, MAX_PAGES.signature]).toEqual([1, 1, 1])
    for (const k of ['license', 'org_code_cert', 'institution_cert', 'social_org_cert'] as const) expect(MAX_PAGES[k]).toBeGreaterThan(1)
    expect(MAX_PAGES.registration_form).toBeGreaterThanOrEqual(MAX_PAGES.license)
  })

  it('when a company\'s licence is a PDF of exactly the limit, then nothing is said; one page more, and the licence is named with its limit', () => {
    expect(documentIssues('company', [...base.slice(1), pdf('license', MAX_PAGES.license)])).toEqual([])
    const over = documentIssues('company', [...base, pdf('license', MAX_PAGES.license)])
    expect(over).toEqual([{ path: 'documents.license', message: `营业执照最多${MAX_PAGES.license}页（PDF 按页数计），请删除多余的` }])
  })

  it('when two photos of one ID side are attached, then the side is named: one is enough', () => {
    expect(documentIssues('company', [...base, photo('id_front')])).toEqual([{ path: 'documents.id_front', message: '身份证人像面只需一张，请删除多余的' }])
  })

  it('when a PDF stands in for an ID side or a signature, then it is refused (their pixels carry the watermark or are drawn); certificates and the form accept PDFs', () => {
    expect(acceptsPdf('id_front')).toBe(false)
    expect(acceptsPdf('signature')).toBe(false)
    expect(['license', 'org_code_cert', 'institution_cert', 'social_org_cert', 'registration_form'].every((k) => acceptsPdf(k as DocumentKind))).toBe(true)
    const issues = documentIssues('company', [photo('license'), pdf('id_front', 1), photo('id_back'), photo('registration_form')])
    expect(issues).toEqual([{ path: 'documents.id_front', message: '身份证人像面请拍照上传，不接受 PDF' }])
  })
})
