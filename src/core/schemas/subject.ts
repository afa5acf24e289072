/**
 * Who files (主体) and who runs the accounts day to day (运维负责人). Material rules follow the
 * notice: companies give the operator's ID; public bodies file with their organisation code
 * certificate and the form only, so their operator is a contact without an ID number.
 */
import { z } from 'zod'
import type { Check, FieldIssue } from '../result'
import { choice, email, idValidity, optional, orgCode, personName, phone, text, uscc } from './fields'
import { idDocNumber } from './register-fields'
import { ID_DOC_TYPE_LABELS, ID_DOC_TYPES, validateDocNumber, type IdDocType } from '../validators/identity-docs'
import { validateResidentId, validateResidentIdFormat } from '../validators/resident-id'

export const SubjectTypeSchema = choice(['individual', 'company', 'public_body'], '请选择主体类型（个人、企业或单位、机关事业单位或社会团体）')
export type SubjectType = z.infer<typeof SubjectTypeSchema>

export const SUBJECT_TYPE_LABELS: Readonly<Record<SubjectType, string>> = {
  individual: '个人',
  company: '企业或单位',
  public_body: '机关、事业单位、社会团体'
}

/** Mainland ID by default; 港澳台 and foreign operators name their document (Kaiping is a 侨乡). */
export const IdDocTypeSchema = choice([...ID_DOC_TYPES], '请选择证件类型')

/** 党政机关 / 事业单位 / 社会团体: which kind of public body files. */
export const PUBLIC_BODY_KINDS = ['party_government', 'institution', 'social_organisation'] as const
export type PublicBodyKind = (typeof PUBLIC_BODY_KINDS)[number]
export const PUBLIC_BODY_KIND_LABELS: Readonly<Record<PublicBodyKind, string>> = {
  party_government: '党政机关',
  institution: '事业单位',
  social_organisation: '社会团体'
}

/** The certificate a public body proves itself with (each its own document kind). */
export const CERTIFICATE_KINDS = ['uscc_certificate', 'institution_certificate', 'social_organisation_certificate'] as const
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number]
export const CERTIFICATE_KIND_LABELS: Readonly<Record<CertificateKind, string>> = {
  uscc_certificate: '统一社会信用代码证书',
  institution_certificate: '事业单位法人证书',
  social_organisation_certificate: '社会团体法人登记证书'
}

const address = () => text('通讯地址', 100, 2)
/** Town code from the jurisdiction config, or free text for places outside the list. */
const town = () => text('所在镇（街道）', 50)

export const IndividualSubjectSchema = z.object({
  type: z.literal('individual'),
  name: personName('姓名'),
  idType: optional(IdDocTypeSchema),
  idNumber: idDocNumber('身份证号码'),
  /** From the card's back (OCR fills it); an expired card is refused. */
  idValidUntil: optional(idValidity('身份证有效期')),
  phone: phone('联系电话'),
  email: optional(email('电子邮箱')),
  address: address(),
  town: town()
})

export const CompanySubjectSchema = z.object({
  type: z.literal('company'),
  name: text('单位名称', 100, 2),
  uscc: optional(uscc()),
  orgCode: optional(orgCode()),
  legalRepresentative: optional(personName('法定代表人')),
  address: address(),
  town: town(),
  phone: phone('单位联系电话'),
  email: email('单位电子邮箱')
})

export const PublicBodySubjectSchema = z.object({
  type: z.literal('public_body'),
  name: text('单位名称', 100, 2),
  bodyKind: optional(choice([...PUBLIC_BODY_KINDS], '请选择单位类别（党政机关、事业单位或社会团体）')),
  supervisor: optional(text('主管单位', 100, 2)),
  certificateKind: optional(choice([...CERTIFICATE_KINDS], '请选择证书类型')),
  orgCode: optional(orgCode()),
  uscc: optional(uscc()),
  address: address(),
  town: town(),
  phone: phone('单位联系电话'),
  email: email('单位电子邮箱')
})

const SubjectUnion = z.discriminatedUnion('type', [IndividualSubjectSchema, CompanySubjectSchema, PublicBodySubjectSchema], {
  errorMap: (issue, ctx) =>
    issue.code === z.ZodIssueCode.invalid_union_discriminator || issue.code === z.ZodIssueCode.invalid_type
      ? { message: '请选择主体类型（个人、企业或单位、机关事业单位或社会团体）' }
      : { message: ctx.defaultError }
})

export const SubjectSchema = SubjectUnion.superRefine((s, ctx) => {
  for (const issue of subjectIssues(s)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path.split('.'), message: issue.message })
})
export type Subject = z.infer<typeof SubjectSchema>
export type IndividualSubject = z.infer<typeof IndividualSubjectSchema>
export type OrganisationSubject = z.infer<typeof CompanySubjectSchema> | z.infer<typeof PublicBodySubjectSchema>

/** Cross-field rules inside a subject (paths relative to the subject). */
export function subjectIssues(s: Subject): FieldIssue[] {
  if (s.type === 'individual') return identityIssue('idNumber', s.idType, s.idNumber, '身份证号码')
  if (s.uscc || s.orgCode) return []
  return [
    {
      path: s.type === 'company' ? 'uscc' : 'orgCode',
      message:
        s.type === 'company'
          ? '请填写统一社会信用代码（营业执照上的18位代码），旧证可填组织机构代码'
          : '请填写组织机构代码或统一社会信用代码'
    }
  ]
}

export const OperatorSchema = z.discriminatedUnion(
  'sameAsSubject',
  [
    z.object({ sameAsSubject: z.literal(true) }),
    z.object({
      sameAsSubject: z.literal(false),
      name: personName('运维负责人姓名'),
      idType: optional(IdDocTypeSchema),
      idNumber: optional(idDocNumber('运维负责人身份证号码')),
      idValidUntil: optional(idValidity('运维负责人身份证有效期')),
      phone: phone('运维负责人联系电话'),
      email: optional(email('运维负责人电子邮箱'))
    })
  ],
  { errorMap: (_issue, ctx) => ({ message: ctx.data === undefined ? '请填写运维负责人信息' : '请选择运维负责人是否为本人' }) }
)
export type Operator = z.infer<typeof OperatorSchema>

/** Rules that depend on the subject type (paths relative to the filing). */
export function operatorIssues(subjectType: z.infer<typeof SubjectTypeSchema>, operator: Operator): FieldIssue[] {
  if (operator.sameAsSubject) {
    return subjectType === 'individual'
      ? []
      : [{ path: 'operator.sameAsSubject', message: '单位开设的账号须另行填写运维负责人的姓名和联系电话' }]
  }
  // Individuals who name someone else, and companies, must give that person's ID (notice §5).
  if (subjectType !== 'public_body' && !operator.idNumber) {
    return [{ path: 'operator.idNumber', message: `请填写运维负责人${operator.idType && operator.idType !== 'resident_id' ? ID_DOC_TYPE_LABELS[operator.idType] : '身份证'}号码` }]
  }
  return identityIssue('operator.idNumber', operator.idType, operator.idNumber, '运维负责人身份证号码', '运维负责人')
}

/** The label of an ID number field for its document type ('身份证号码', '护照号码', …). */
export function idNumberLabel(type: IdDocType | undefined, residentLabel: string, prefix = ''): string {
  return !type || type === 'resident_id' ? residentLabel : `${prefix}${ID_DOC_TYPE_LABELS[type]}号码`
}

/**
 * The number checked by its document's own format; with `now`, a birth date in an ID or
 * residence permit may not lie in the future. Unknown types are checked as mainland IDs.
 */
export function checkIdNumber(type: unknown, id: string, label: string, now?: Date, timezone?: string): Check {
  const t = IdDocTypeSchema.safeParse(type).success ? (type as IdDocType) : 'resident_id'
  if (t === 'resident_id') return now ? validateResidentId(id, now, timezone, label) : validateResidentIdFormat(id, label)
  const format = validateDocNumber(t, id, label)
  if (!format.ok || t !== 'residence_permit' || !now) return format
  const birth = validateResidentId(id, now, timezone, label)
  return birth
}

function identityIssue(path: string, type: IdDocType | undefined, id: string | undefined, residentLabel: string, prefix = ''): FieldIssue[] {
  if (!id) return []
  const r = checkIdNumber(type, id, idNumberLabel(type, residentLabel, prefix))
  return r.ok ? [] : [{ path, message: r.message }]
}
