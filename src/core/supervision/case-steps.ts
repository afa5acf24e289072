/**
 * The typed steps of a case file and the data each one requires. Shapes are checked here (zod);
 * rules that need the clock or the case (deadlines in the future, the order of steps) are in
 * case.ts. Every text limit is named in the message, so an oversized field is answered, not cut.
 */
import { z } from 'zod'
import { FileIdSchema, note, optionalNote } from './common'
import { URGE_CHANNELS } from './lead'

export const MAX_MINUTES = 5000
export const MAX_RECORD_PHOTOS = 5
export const MAX_EVIDENCE_FILES = 6
export const MAX_ORDER_ITEMS = 10

export const SANCTION_MEASURES = ['警告', '限制发布', '暂停更新', '永久关闭'] as const
export type SanctionMeasure = (typeof SANCTION_MEASURES)[number]

export const CLOSE_OUTCOMES = {
  rectified: '整改完成',
  sanctioned: '已依法处置',
  filed: '已完成备案',
  unfounded: '经核查无问题',
  other: '其他'
} as const
export type CloseOutcome = keyof typeof CLOSE_OUTCOMES
const CLOSE_CODES = Object.keys(CLOSE_OUTCOMES) as [CloseOutcome, ...CloseOutcome[]]

const deadline = (label: string) => z.string({ required_error: `请选择${label}`, invalid_type_error: `请选择${label}` }).max(10, `${label}格式应为 年-月-日`)
const files = (label: string, min: number, max: number) =>
  z
    .array(FileIdSchema, { required_error: `请上传${label}`, invalid_type_error: `请上传${label}` })
    .min(min, `请上传${label}`)
    .max(max, `${label}最多${max}张，请删除多余的`)
    .refine((ids) => new Set(ids).size === ids.length, { message: `${label}有重复，请删除重复的照片` })

export const UrgeStepSchema = z.object({
  type: z.literal('urge'),
  deadline: deadline('整改或备案截止日期'),
  channel: z.enum(URGE_CHANNELS, { errorMap: () => ({ message: '请选择督促方式' }) }),
  note: optionalNote('督促情况', 300)
})

export const SummonStepSchema = z.object({
  type: z.literal('summon'),
  /** When the talk takes place (an ISO instant). */
  appointmentAt: z.string({ required_error: '请选择约谈时间' }).max(40, '约谈时间格式无效，请重新选择'),
  place: note('约谈地点', 60),
  /** The matter the operator is summoned about, printed on the 约谈通知书. */
  matter: note('约谈事由', 200, 4)
})

export const InterviewStepSchema = z.object({
  type: z.literal('interview'),
  heldAt: z.string({ required_error: '请选择约谈实际时间' }).max(40, '约谈时间格式无效，请重新选择'),
  attendees: z
    .array(note('参加人员', 30), { required_error: '请填写参加人员' })
    .min(1, '请至少填写一名参加人员')
    .max(20, '参加人员最多20人'),
  minutes: note('约谈记录', MAX_MINUTES, 10),
  /** Photos of the record signed by the operator. */
  signedRecord: files('签字的约谈记录照片', 1, MAX_RECORD_PHOTOS)
})

export const OrderStepSchema = z.object({
  type: z.literal('order'),
  items: z
    .array(note('整改事项', 200, 4), { required_error: '请填写整改事项' })
    .min(1, '请至少填写一项整改事项')
    .max(MAX_ORDER_ITEMS, `整改事项最多${MAX_ORDER_ITEMS}项，请合并`),
  deadline: deadline('整改截止日期')
})

/** The operator's answer to a rectification order. */
export const EvidenceStepSchema = z.object({
  type: z.literal('evidence'),
  files: files('整改材料照片', 1, MAX_EVIDENCE_FILES),
  note: note('整改情况说明', 500, 4)
})

/** A rejection also needs a reason and a new deadline (checked in case.ts with the clock). */
export const ReviewStepSchema = z.object({
  type: z.literal('review'),
  verdict: z.enum(['accept', 'reject'], { errorMap: () => ({ message: '请选择验收结果（通过或不通过）' }) }),
  note: optionalNote('验收意见', 300),
  deadline: deadline('新的整改截止日期').optional()
})

export const SanctionStepSchema = z.object({
  type: z.literal('sanction'),
  measure: z.enum(SANCTION_MEASURES, { errorMap: () => ({ message: '请选择处置措施（警告、限制发布、暂停更新或永久关闭）' }) }),
  partner: note('协同部门或平台', 50, 2),
  documentNumber: note('处置文书文号', 50, 2),
  effectiveOn: z.string({ required_error: '请选择处置生效日期' }).max(10, '处置生效日期格式应为 年-月-日')
})

/** What the office chooses to publish: a name (usually the account's) and the measure; no personal data. */
export const PublicizeStepSchema = z.object({
  type: z.literal('publicize'),
  name: note('公示名称', 50, 2),
  measure: note('公示事项', 100, 2)
})

/** 'unfounded' and 'other' also need a reason (case.ts). */
export const CloseStepSchema = z.object({
  type: z.literal('close'),
  outcome: z.enum(CLOSE_CODES, { errorMap: () => ({ message: '请选择结案情形' }) }),
  note: optionalNote('结案说明', 300)
})

/** Every step staff or the operator may add, by `type`. */
export const CaseStepInputSchema = z.discriminatedUnion(
  'type',
  [UrgeStepSchema, SummonStepSchema, InterviewStepSchema, OrderStepSchema, EvidenceStepSchema, ReviewStepSchema, SanctionStepSchema, PublicizeStepSchema, CloseStepSchema],
  { errorMap: (issue, ctx) => (issue.code === z.ZodIssueCode.invalid_union_discriminator ? { message: '请选择要办理的环节' } : { message: ctx.defaultError }) }
)
export type CaseStepInput = z.infer<typeof CaseStepInputSchema>
export type CaseStepType = CaseStepInput['type']
export type StepOf<T extends CaseStepType> = Extract<CaseStepInput, { type: T }>

export const CASE_STEP_LABELS: Readonly<Record<CaseStepType, string>> = {
  urge: '督促',
  summon: '约谈通知',
  interview: '约谈记录',
  order: '责令整改',
  evidence: '提交整改材料',
  review: '整改验收',
  sanction: '处置',
  publicize: '公示',
  close: '结案'
}

/** Attachments a step carries (checked by the backend: right folder, exists, an image). */
export function stepAttachments(step: CaseStepInput): string[] {
  if (step.type === 'interview') return step.signedRecord
  if (step.type === 'evidence') return step.files
  return []
}
