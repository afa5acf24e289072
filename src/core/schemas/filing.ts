/**
 * The content of one filing (主体 + 运维负责人 + accounts + materials + commitment), its lenient
 * draft form, and validation that reports every problem at once (一次性告知) on dotted paths.
 */
import { z } from 'zod'
import { type FieldErrors, type FieldIssue, issuesToFieldErrors } from '../result'
import { landlineExample, type JurisdictionConfig } from '../jurisdiction/schema'
import { validatePastDate } from '../validators/counts'
import { localDate } from '../local-time'
import { LONG_TERM } from '../trust/ocr-parse'
import { isoInstant, MAX_TEXT, MAX_URL, optional, text } from './fields'
import { IdDocTypeSchema, OperatorSchema, SubjectSchema, SubjectTypeSchema, checkIdNumber, idNumberLabel, operatorIssues, type SubjectType } from './subject'
import { AccountKindSchema, AccountSchema, MAX_ACCOUNTS, duplicateAccountIssues, type Account } from './account'
import { DocumentFormatSchema, DocumentKindSchema, DocumentRefSchema, DocumentSourceSchema, MAX_DOCUMENTS, MAX_PDF_PAGES, documentIssues, type DocumentRef } from './documents'
import { schemaIssues, zodIssues } from './field-errors'
import { FilingBasisSchema } from './eligibility-answers'
import { fieldLabelIn, fieldPresence, fieldsOf, type FieldGroup } from './catalogue'

export const CommitmentSchema = z.object(
  {
    accepted: z.literal(true, { errorMap: () => ({ message: '请阅读并勾选《信息真实性承诺》' }) }),
    acceptedAt: isoInstant('承诺确认'),
    /** Version of the commitment text the applicant saw, so the wording can change later. */
    textVersion: text('承诺书版本', 20)
  },
  { required_error: '请阅读并勾选《信息真实性承诺》', invalid_type_error: '请阅读并勾选《信息真实性承诺》' }
)
export type Commitment = z.infer<typeof CommitmentSchema>

const AccountsSchema = z
  .array(AccountSchema, { required_error: '请至少添加一个网站、APP或自媒体账号', invalid_type_error: '请至少添加一个网站、APP或自媒体账号' })
  .min(1, '请至少添加一个网站、APP或自媒体账号')
  .max(MAX_ACCOUNTS, `一次最多备案${MAX_ACCOUNTS}个账号，请分批提交`)

const DocumentsSchema = z
  .array(DocumentRefSchema, { required_error: '请上传所需材料', invalid_type_error: '请上传所需材料' })
  .max(MAX_DOCUMENTS, `材料最多${MAX_DOCUMENTS}份，请删除多余的`)

export const FilingContentSchema = z
  .object({
    subject: SubjectSchema,
    operator: OperatorSchema,
    accounts: AccountsSchema,
    documents: DocumentsSchema,
    commitment: CommitmentSchema,
    /** The self-check the filing started from (备案依据), when it did. */
    basis: optional(FilingBasisSchema)
  })
  .superRefine((c, ctx) => {
    for (const i of crossFieldIssues(c.subject.type, c.operator, c.accounts, c.documents, photographedIdType(c))) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: i.path.split('.'), message: i.message })
    }
  })
export type FilingContent = z.infer<typeof FilingContentSchema>
/** What a form may hand in before normalisation (e.g. ID with lower-case x, phone with +86). */
export type FilingContentInput = z.input<typeof FilingContentSchema>

function crossFieldIssues(type: SubjectType, operator: FilingContent['operator'], accounts: Account[], documents: DocumentRef[], idType?: string): FieldIssue[] {
  return [...operatorIssues(type, operator), ...duplicateAccountIssues(accounts), ...documentIssues(type, documents, idType)]
}

/** The ID document whose photos the filing carries: the individual's own, else the operator's. */
export function photographedIdType(content: unknown): string | undefined {
  const type = field(field(content, 'subject'), 'type')
  const t = type === 'individual' ? field(field(content, 'subject'), 'idType') : field(field(content, 'operator'), 'idType')
  return typeof t === 'string' ? t : undefined
}

// ---- Drafts: any subset of the content, types checked and sizes bounded -----------------

const s = (max = MAX_TEXT) => z.string().max(max, `内容过长，最多${max}个字`).optional()

export const DraftContentSchema = z.object({
  subject: z
    .object({
      type: SubjectTypeSchema.optional(),
      name: s(),
      idType: s(24),
      idNumber: s(),
      idValidUntil: s(10),
      phone: s(),
      email: s(),
      address: s(),
      town: s(),
      uscc: s(),
      orgCode: s(),
      legalRepresentative: s(),
      bodyKind: s(32),
      supervisor: s(),
      certificateKind: s(40)
    })
    .optional(),
  operator: z.object({ sameAsSubject: z.boolean().optional(), name: s(), idType: s(24), idNumber: s(), idValidUntil: s(10), phone: s(), email: s() }).optional(),
  accounts: z
    .array(
      z.object({
        kind: AccountKindSchema.optional(),
        id: s(64),
        name: s(),
        url: s(MAX_URL),
        domain: s(),
        icpNumber: s(),
        stores: z.array(z.string().max(MAX_TEXT)).max(20).optional(),
        developer: s(),
        platform: s(32),
        platformName: s(),
        accountName: s(),
        accountId: s(),
        homepage: s(MAX_URL),
        followers: z.number().int().min(0).max(9_999_999_999).optional(),
        openedOn: s(10),
        category: s(20),
        intro: s(),
        columns: s(),
        verification: s(20),
        ipLocation: s(),
        updateFrequency: s(20),
        mcnName: s(),
        liveStreaming: z.boolean().optional(),
        managerName: s(),
        managerMobile: s(),
        regulatedField: s(20),
        qualification: s(),
        psbNumber: s(),
        hostingProvider: s(),
        serverLocation: s(),
        interactive: z.boolean().optional(),
        emergencyName: s(),
        emergencyMobile: s(),
        appFilingNumber: s(),
        packageName: s(),
        storeLinks: z.array(z.string().max(MAX_URL)).max(10).optional(),
        userCount: z.number().int().min(0).max(9_999_999_999).optional(),
        securityAssessed: z.boolean().optional(),
        appId: s(),
        mpFilingNumber: s()
      })
    )
    .max(MAX_ACCOUNTS)
    .optional(),
  documents: z
    .array(
      z.object({
        kind: DocumentKindSchema,
        fileId: z.string().min(1).max(512),
        source: DocumentSourceSchema,
        width: z.number().int().positive().max(20000).optional(),
        height: z.number().int().positive().max(20000).optional(),
        bytes: z.number().int().positive().max(50 * 1024 * 1024).optional(),
        capturedAt: s(40),
        accountKey: s(300),
        format: DocumentFormatSchema.optional(),
        pages: z.number().int().min(1).max(MAX_PDF_PAGES).optional()
      })
    )
    .max(MAX_DOCUMENTS)
    .optional(),
  commitment: z.object({ accepted: z.boolean().optional(), acceptedAt: s(40), textVersion: s(20) }).optional(),
  basis: FilingBasisSchema.optional()
})
export type DraftContent = z.infer<typeof DraftContentSchema>

// ---- Validation against a jurisdiction ----------------------------------------------------

export const WIZARD_STEPS = ['subject', 'accounts', 'documents', 'commitment'] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

export type FilingValidation = { ok: true; value: FilingContent } | { ok: false; fieldErrors: FieldErrors }

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined
}

function idTypeOf(group: unknown) {
  const r = IdDocTypeSchema.safeParse(field(group, 'idType'))
  return r.success ? r.data : undefined
}

function subjectTypeOf(content: unknown): SubjectType | undefined {
  const r = SubjectTypeSchema.safeParse(field(field(content, 'subject'), 'type'))
  return r.success ? r.data : undefined
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)

/**
 * Fields this city requires beyond the schema's own (configurable catalogue fields set to
 * 'required', and asked given the other answers), on paths relative to the filing.
 */
function presenceIssues(g: FieldGroup, prefix: string, values: unknown, config: JurisdictionConfig, subjectType: SubjectType | undefined): FieldIssue[] {
  if (typeof values !== 'object' || values === null) return []
  const v = values as Record<string, unknown>
  const kind = g === 'account' ? AccountKindSchema.safeParse(v.kind) : undefined
  if (kind && !kind.success) return []
  return fieldsOf(g)
    .filter((f) => f.configurable && fieldPresence(f, subjectType, config, kind?.data) === 'required' && (!f.when || f.when(v)) && isEmpty(v[f.key]))
    .map((f) => ({ path: `${prefix}.${f.key}`, message: `${f.input === 'select' || f.input === 'flag' ? '请选择' : '请填写'}${fieldLabelIn(f, config)}` }))
}

function stepIssues(step: WizardStep, content: unknown, config: JurisdictionConfig, now: Date): FieldIssue[] {
  switch (step) {
    case 'subject': {
      const subject = schemaIssues(SubjectSchema, field(content, 'subject'), 'subject')
      const operator = schemaIssues(OperatorSchema, field(content, 'operator'), 'operator')
      const type = subjectTypeOf(content)
      const idIssues: FieldIssue[] = []
      // Checked on the raw draft, so a wrong number is named even while other fields are missing.
      const rawSubject = field(content, 'subject')
      const rawOperator = field(content, 'operator')
      for (const [path, group, on, label] of [
        ['subject.idNumber', rawSubject, type === 'individual', idNumberLabel(idTypeOf(rawSubject), '身份证号码')],
        ['operator.idNumber', rawOperator, field(rawOperator, 'sameAsSubject') === false && type !== 'public_body', idNumberLabel(idTypeOf(rawOperator), '运维负责人身份证号码', '运维负责人')]
      ] as const) {
        const id = field(group, 'idNumber')
        const r = on && typeof id === 'string' && id.trim() !== '' ? checkIdNumber(field(group, 'idType'), id, label, now, config.timezone) : { ok: true as const }
        if (!r.ok) idIssues.push({ path, message: r.message })
      }
      // First, so the document's own format message wins over a generic one on the same path.
      const issues = [...idIssues, ...subject.issues, ...operator.issues]
      if (type && operator.data) issues.push(...operatorIssues(type, operator.data))
      issues.push(...presenceIssues('subject', 'subject', rawSubject, config, type))
      if (field(rawOperator, 'sameAsSubject') === false) issues.push(...presenceIssues('operator', 'operator', rawOperator, config, type))
      for (const [path, until, label] of [
        ['subject.idValidUntil', subject.data?.type === 'individual' ? subject.data.idValidUntil : undefined, '身份证'],
        ['operator.idValidUntil', operator.data && !operator.data.sameAsSubject ? operator.data.idValidUntil : undefined, '运维负责人身份证']
      ] as const) {
        if (until && until !== LONG_TERM && until < localDate(now, config.timezone)) issues.push({ path, message: `${label}已于${until}过期，请使用有效期内的证件` })
      }
      // A phone in the wrong form gets an example in the jurisdiction's own area code.
      return issues.map((i) => (/\.phone$/.test(i.path) && /固定电话$/.test(i.message) ? { ...i, message: `${i.message}（如 ${landlineExample(config)}）` } : i))
    }
    case 'accounts': {
      const parsed = schemaIssues(AccountsSchema, field(content, 'accounts'), 'accounts')
      const data = parsed.data
      // A list field's item problem (accounts.1.storeLinks.0) is the list's: the form has one input for it.
      const issues = parsed.issues.map((i) => ({ ...i, path: i.path.replace(/^(accounts\.\d+\.[A-Za-z]+)\.\d+$/, '$1') }))
      const accounts = Array.isArray(field(content, 'accounts')) ? (field(content, 'accounts') as unknown[]) : []
      accounts.forEach((raw, i) => {
        const parsed = AccountSchema.safeParse(raw)
        if (parsed.success) issues.push(...accountConfigIssues(parsed.data, i, config, now))
        issues.push(...presenceIssues('account', `accounts.${i}`, raw, config, subjectTypeOf(content)))
      })
      if (data) issues.push(...duplicateAccountIssues(data))
      return issues
    }
    case 'documents': {
      const raw = field(content, 'documents')
      if (!Array.isArray(raw)) return [{ path: 'documents', message: '请上传所需材料' }]
      const issues: FieldIssue[] = []
      if (raw.length > MAX_DOCUMENTS) issues.push({ path: 'documents', message: `材料最多${MAX_DOCUMENTS}份，请删除多余的` })
      const valid: DocumentRef[] = []
      raw.forEach((doc) => {
        const r = DocumentRefSchema.safeParse(doc)
        if (r.success) valid.push(r.data)
        else {
          // Paths by kind, not index: the review screen and return reasons name documents by kind.
          const kind = DocumentKindSchema.safeParse(field(doc, 'kind'))
          const path = kind.success ? `documents.${kind.data}` : 'documents'
          issues.push(...zodIssues(r.error).map((i) => ({ path, message: i.message })))
        }
      })
      const type = subjectTypeOf(content)
      if (type) issues.push(...documentIssues(type, valid, photographedIdType(content)))
      return issues
    }
    case 'commitment':
      return schemaIssues(CommitmentSchema, field(content, 'commitment'), 'commitment').issues
  }
}

/** Rules that need the jurisdiction or the clock (paths relative to the filing). */
function accountConfigIssues(a: Account, i: number, config: JurisdictionConfig, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (a.kind === 'self_media' && !config.platforms.some((p) => p.code === a.platform)) {
    issues.push({ path: `accounts.${i}.platform`, message: '所选平台不在列表中，请重新选择；列表中没有的请选“其他”并填写平台名称' })
  }
  if (a.openedOn) {
    const r = validatePastDate(a.openedOn, now, '开通日期', config.timezone)
    if (!r.ok) issues.push({ path: `accounts.${i}.openedOn`, message: r.message })
  }
  return issues
}

/**
 * Field errors of one wizard step only ({} when the step is complete). Works on drafts:
 * other steps' gaps are not reported. The documents step needs the subject type to know
 * which materials are required.
 */
export function validateStep(step: WizardStep, draft: unknown, config: JurisdictionConfig, now: Date): FieldErrors {
  return issuesToFieldErrors(stepIssues(step, draft, config, now))
}

/** Full check before submission: every step, the jurisdiction's platforms, the clock. */
export function validateFilingContent(content: unknown, config: JurisdictionConfig, now: Date): FilingValidation {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    return { ok: false, fieldErrors: { '': '备案内容无效，请重新填写' } }
  }
  const issues = WIZARD_STEPS.flatMap((step) => stepIssues(step, content, config, now))
  const parsed = FilingContentSchema.safeParse(content)
  if (issues.length === 0 && parsed.success) return { ok: true, value: parsed.data }
  // The step checks cover the schema; its issues are merged only as a safety net.
  const net = parsed.success ? [] : zodIssues(parsed.error).map((i) => (/^documents\.\d+/.test(i.path) ? { ...i, path: 'documents' } : i))
  return { ok: false, fieldErrors: issuesToFieldErrors([...issues, ...net]) }
}

/**
 * The check a submission passes: the full validation, with the commitment's time set by the
 * server (`now`) whatever the client sent — the moment of commitment is when it reached us.
 */
export function validateSubmission(content: unknown, config: JurisdictionConfig, now: Date): FilingValidation {
  const commitment = field(content, 'commitment')
  const stamped =
    typeof commitment === 'object' && commitment !== null && !Array.isArray(commitment)
      ? { ...(content as Record<string, unknown>), commitment: { ...(commitment as Record<string, unknown>), acceptedAt: now.toISOString() } }
      : content
  return validateFilingContent(stamped, config, now)
}
