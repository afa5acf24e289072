/**
 * Photographed or generated materials. The registration form is generated from the entered
 * data; organisations photograph the stamped print-out, individuals sign on screen instead.
 */
import { z } from 'zod'
import type { FieldIssue } from '../result'
import { choice, isoInstant, optional } from './fields'
import type { SubjectType } from './subject'
import { ID_DOC_TYPE_LABELS, type IdDocType } from '../validators/identity-docs'

export const DocumentKindSchema = choice(
  ['id_front', 'id_back', 'license', 'org_code_cert', 'institution_cert', 'social_org_cert', 'registration_form', 'signature', 'account_proof', 'authorisation_letter'],
  '材料类型无效，请重新上传'
)
export type DocumentKind = z.infer<typeof DocumentKindSchema>

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  id_front: '身份证人像面',
  id_back: '身份证国徽面',
  license: '营业执照',
  org_code_cert: '组织机构代码证',
  institution_cert: '事业单位法人证书',
  social_org_cert: '社会团体法人登记证书',
  registration_form: '登记备案表（盖章）',
  signature: '本人签名',
  account_proof: '账号后台截图',
  authorisation_letter: '授权委托书'
}

/**
 * A document's name as the applicant should read it: named by the ID document held (a
 * passport's data page), and on an organisation's filing the ID is the operations person's,
 * not the organisation's, and says so.
 */
export function documentKindLabel(kind: DocumentKind, subjectType?: SubjectType, idType?: string): string {
  const name = documentLabelFor(kind, idType)
  if ((kind === 'id_front' || kind === 'id_back') && subjectType !== undefined && subjectType !== 'individual') return `运维负责人${name}`
  return name
}

export const DocumentSourceSchema = choice(['camera', 'album', 'generated', 'drawn', 'file'], '材料来源无效，请重新上传')

/** What the server stored: its own re-encoded JPEG, or a PDF scan that passed its checks. */
export const DocumentFormatSchema = choice(['jpeg', 'pdf'], '材料格式无效，请重新上传')
export type DocumentFormat = z.infer<typeof DocumentFormatSchema>

/** Pages one PDF scan may have: a licence, a certificate or the form with its continuation pages. */
export const MAX_PDF_PAGES = 20

export const DocumentRefSchema = z.object({
  kind: DocumentKindSchema,
  /** Opaque storage id (cloud://… or a local key); never a URL the client could forge. */
  fileId: z.string({ required_error: '材料文件缺失，请重新上传' }).min(1, '材料文件缺失，请重新上传').max(512, '材料文件编号无效，请重新上传'),
  source: DocumentSourceSchema,
  width: optional(z.number().int().positive().max(20000)),
  height: optional(z.number().int().positive().max(20000)),
  bytes: optional(z.number().int().positive().max(50 * 1024 * 1024)),
  capturedAt: optional(isoInstant('拍摄')),
  /** account_proof only: which account (core's accountKey) the screenshot proves. */
  accountKey: optional(z.string().max(300, '账号截图对应的账号无效，请重新上传')),
  /** Absent on records written before PDF scans existed: a photo. */
  format: optional(DocumentFormatSchema),
  /** A PDF's page count as the server counted it (its stored name carries it too). */
  pages: optional(z.number().int().min(1, '页数无效，请重新上传').max(MAX_PDF_PAGES, `PDF 最多${MAX_PDF_PAGES}页，请拆分后上传`))
})
export type DocumentRef = z.infer<typeof DocumentRefSchema>

export const MAX_DOCUMENTS = 60

/**
 * Pages each kind may have, counting a PDF as its pages: an ID side or a signature is one picture;
 * a licence or certificate may have a few (正本, 副本, annual pages); the form continues on further
 * pages past ten accounts. account_proof is one per account (checked below), not a page count.
 */
export const MAX_PAGES: Readonly<Record<DocumentKind, number>> = {
  id_front: 1,
  id_back: 1,
  signature: 1,
  license: 4,
  org_code_cert: 4,
  institution_cert: 4,
  social_org_cert: 4,
  registration_form: 10,
  account_proof: 1,
  authorisation_letter: 4
}

/**
 * Kinds a PDF scan may stand in for. ID sides are photos only: the server draws the purpose
 * watermark into their pixels, which a PDF would escape; signatures are drawn on screen.
 */
const PDF_KINDS: readonly DocumentKind[] = ['license', 'org_code_cert', 'institution_cert', 'social_org_cert', 'registration_form', 'authorisation_letter']

export function acceptsPdf(kind: DocumentKind): boolean {
  return PDF_KINDS.includes(kind)
}

/** How many of the kind's pages a document fills (a photo one, a PDF its page count). */
export function pagesOf(doc: Pick<DocumentRef, 'format' | 'pages'>): number {
  return doc.format === 'pdf' ? doc.pages ?? 1 : 1
}

/** Pages of `kind` still free in `documents` (the wizard's add buttons and the server agree). */
export function pagesLeft(kind: DocumentKind, documents: readonly Pick<DocumentRef, 'kind' | 'format' | 'pages'>[]): number {
  return MAX_PAGES[kind] - documents.filter((d) => d.kind === kind).reduce((n, d) => n + pagesOf(d), 0)
}

/** One requirement is met by any kind in `anyOf` (a licence stands in for the code certificate). */
export interface DocumentRequirement {
  anyOf: readonly DocumentKind[]
}

const REQUIREMENTS: Readonly<Record<SubjectType, readonly DocumentRequirement[]>> = {
  individual: [{ anyOf: ['id_front'] }, { anyOf: ['id_back'] }, { anyOf: ['signature'] }],
  company: [{ anyOf: ['license', 'org_code_cert'] }, { anyOf: ['id_front'] }, { anyOf: ['id_back'] }, { anyOf: ['registration_form'] }],
  public_body: [{ anyOf: ['org_code_cert', 'license', 'institution_cert', 'social_org_cert'] }, { anyOf: ['registration_form'] }]
}

/** The document that proves a public body by the certificate kind it named (统一社会信用代码证书 = the code certificate). */
const CERTIFICATE_DOCUMENT: Readonly<Record<string, DocumentKind>> = {
  uscc_certificate: 'org_code_cert',
  institution_certificate: 'institution_cert',
  social_organisation_certificate: 'social_org_cert'
}

/**
 * Kinds that may be attached at all. Public bodies file without anyone's ID card (notice §6.1),
 * so ID photos are refused for them: we collect no sensitive data the notice does not need.
 */
const ALLOWED: Readonly<Record<SubjectType, readonly DocumentKind[]>> = {
  individual: ['id_front', 'id_back', 'signature', 'registration_form', 'account_proof', 'authorisation_letter'],
  company: ['license', 'org_code_cert', 'id_front', 'id_back', 'registration_form', 'account_proof', 'authorisation_letter'],
  public_body: ['org_code_cert', 'license', 'institution_cert', 'social_org_cert', 'registration_form', 'account_proof', 'authorisation_letter']
}

/** A passport has one data page: its holder photographs that page, with no back side. */
function requirementsFor(subjectType: SubjectType, idType?: string): readonly DocumentRequirement[] {
  return idType === 'passport' ? REQUIREMENTS[subjectType].filter((r) => !r.anyOf.includes('id_back')) : REQUIREMENTS[subjectType]
}

export function documentRequirements(subjectType: SubjectType, idType?: string): readonly DocumentRequirement[] {
  return requirementsFor(subjectType, idType)
}

/** What an ID photo is called for the document the person holds ('护照（资料页）', '港澳居民来往内地通行证（背面）'). */
export function documentLabelFor(kind: DocumentKind, idType?: string): string {
  if ((kind !== 'id_front' && kind !== 'id_back') || !idType || idType === 'resident_id' || !(idType in ID_DOC_TYPE_LABELS)) return DOCUMENT_KIND_LABELS[kind]
  const name = ID_DOC_TYPE_LABELS[idType as IdDocType]
  return kind === 'id_back' ? `${name}（背面）` : `${name}（${idType === 'passport' ? '资料页' : '正面'}）`
}

/**
 * The preferred kind of each requirement, in the order the wizard asks for them; a public body
 * that named its certificate kind is asked for that certificate.
 */
export function requiredDocuments(subjectType: SubjectType, certificateKind?: string, idType?: string): DocumentKind[] {
  const preferred = certificateKind ? CERTIFICATE_DOCUMENT[certificateKind] : undefined
  return requirementsFor(subjectType, idType).map((r) => (preferred && r.anyOf.includes(preferred) ? preferred : r.anyOf[0]))
}

export function allowedDocuments(subjectType: SubjectType): readonly DocumentKind[] {
  return ALLOWED[subjectType]
}

/** Requirements not yet met by `kinds`, as their preferred kind. */
export function missingDocuments(subjectType: SubjectType, kinds: readonly DocumentKind[]): DocumentKind[] {
  return REQUIREMENTS[subjectType].filter((r) => !r.anyOf.some((k) => kinds.includes(k))).map((r) => r.anyOf[0])
}

/** Missing, superfluous and over-repeated materials, on `documents.<kind>` paths. */
export function documentIssues(subjectType: SubjectType, documents: readonly Pick<DocumentRef, 'kind' | 'accountKey' | 'format' | 'pages'>[], idType?: string): FieldIssue[] {
  const kinds = documents.map((d) => d.kind)
  const issues: FieldIssue[] = []
  for (const r of requirementsFor(subjectType, idType)) {
    if (r.anyOf.some((k) => kinds.includes(k))) continue
    const names = r.anyOf.map((k) => documentLabelFor(k, idType)).join('或')
    issues.push({ path: `documents.${r.anyOf[0]}`, message: r.anyOf[0] === 'signature' ? '请在屏幕上签名确认' : `请上传${names}` })
  }
  for (const kind of new Set(kinds)) {
    if (!ALLOWED[subjectType].includes(kind)) {
      issues.push({ path: `documents.${kind}`, message: `该主体类型无需提供${DOCUMENT_KIND_LABELS[kind]}，请删除` })
    } else if (kind !== 'account_proof' && pagesLeft(kind, documents) < 0) {
      const label = documentLabelFor(kind, idType)
      issues.push({ path: `documents.${kind}`, message: MAX_PAGES[kind] === 1 ? `${label}只需一张，请删除多余的` : `${label}最多${MAX_PAGES[kind]}页（PDF 按页数计），请删除多余的` })
    } else if (!acceptsPdf(kind) && documents.some((d) => d.kind === kind && d.format === 'pdf')) {
      issues.push({ path: `documents.${kind}`, message: `${documentLabelFor(kind, idType)}请拍照上传，不接受 PDF` })
    }
  }
  // Ownership screenshots: optional, one per account (the code in the bio is the other way).
  const proofs = documents.filter((d) => d.kind === 'account_proof') as Array<Pick<DocumentRef, 'kind' | 'accountKey'>>
  if (proofs.some((d) => !d.accountKey)) issues.push({ path: 'documents.account_proof', message: '账号后台截图须对应一个账号，请在账号信息中重新上传' })
  else if (new Set(proofs.map((d) => d.accountKey)).size < proofs.length) issues.push({ path: 'documents.account_proof', message: '同一账号只需一张后台截图，请删除多余的' })
  return issues
}

/** Camera framing guide per kind: aspect ratio width/height of the physical document. */
export interface DocumentFrame {
  /** null = free form (signature pad). */
  aspectRatio: number | null
  orientation: 'landscape' | 'portrait' | 'free'
  /** Physical size in millimetres, for the overlay's proportions. */
  widthMm?: number
  heightMm?: number
  hint: string
}

const ID_CARD: DocumentFrame = { aspectRatio: 85.6 / 54, orientation: 'landscape', widthMm: 85.6, heightMm: 54, hint: '' }

export const DOCUMENT_FRAMES: Readonly<Record<DocumentKind, DocumentFrame>> = {
  id_front: { ...ID_CARD, hint: '请将身份证人像面放入框内，避免反光和遮挡' },
  id_back: { ...ID_CARD, hint: '请将身份证国徽面放入框内，避免反光和遮挡' },
  // Business licences come in A3 (副本 often A4); the A-series ratio fits both.
  license: { aspectRatio: 297 / 420, orientation: 'portrait', widthMm: 297, heightMm: 420, hint: '请将营业执照完整放入框内，四角可见、文字清晰' },
  org_code_cert: { aspectRatio: 297 / 210, orientation: 'landscape', widthMm: 297, heightMm: 210, hint: '请将组织机构代码证完整放入框内，文字清晰' },
  // Both certificates are A4/A3 landscape sheets (正本 A3, 副本 A4): one ratio fits.
  institution_cert: { aspectRatio: 297 / 210, orientation: 'landscape', widthMm: 297, heightMm: 210, hint: '请将事业单位法人证书完整放入框内，四角可见、文字清晰' },
  social_org_cert: { aspectRatio: 297 / 210, orientation: 'landscape', widthMm: 297, heightMm: 210, hint: '请将社会团体法人登记证书完整放入框内，四角可见、文字清晰' },
  registration_form: { aspectRatio: 210 / 297, orientation: 'portrait', widthMm: 210, heightMm: 297, hint: '请将盖章后的登记备案表平铺拍摄，印章清晰可见' },
  signature: { aspectRatio: null, orientation: 'free', hint: '请在框内用正楷签名' },
  // A phone screenshot, picked from the album; the guide only frames a camera shot of a screen.
  account_proof: { aspectRatio: 9 / 16, orientation: 'portrait', hint: '请上传创作者后台截图：须能看到账号名称、粉丝数和当天日期' }
}
