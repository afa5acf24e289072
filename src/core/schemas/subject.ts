/**
 * Who files (主体) and who runs the accounts day to day (运维负责人). Material rules follow the
 * notice: companies give the operator's ID; public bodies file with their organisation code
 * certificate and the form only, so their operator is a contact without an ID number.
 */
import { z } from 'zod'
import type { FieldIssue } from '../result'
import { choice, email, idValidity, optional, orgCode, personName, phone, residentId, text, uscc } from './fields'

export const SubjectTypeSchema = choice(['individual', 'company', 'public_body'], '请选择主体类型（个人、企业或单位、机关事业单位或社会团体）')
export type SubjectType = z.infer<typeof SubjectTypeSchema>

export const SUBJECT_TYPE_LABELS: Readonly<Record<SubjectType, string>> = {
  individual: '个人',
  company: '企业或单位',
  public_body: '机关、事业单位、社会团体'
}

const address = () => text('通讯地址', 100, 2)
/** Town code from the jurisdiction config, or free text for places outside the list. */
const town = () => text('所在镇（街道）', 50)

export const IndividualSubjectSchema = z.object({
  type: z.literal('individual'),
  name: personName('姓名'),
  idNumber: residentId('身份证号码'),
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
  if (s.type === 'individual' || s.uscc || s.orgCode) return []
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
      idNumber: optional(residentId('运维负责人身份证号码')),
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
    return [{ path: 'operator.idNumber', message: '请填写运维负责人身份证号码' }]
  }
  return []
}
