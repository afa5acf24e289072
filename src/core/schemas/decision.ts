/** A reviewer's decision: approve, return for correction (per field, all at once) or reject. */
import { z } from 'zod'
import { isKnownFieldPath } from './field-labels'
import { visible } from './fields'

export { FIELD_LABELS, fieldLabel, isKnownFieldPath, type LabelContext } from './field-labels'

export const ReturnReasonSchema = z.object({
  field: z
    .string({ required_error: '请选择需要修改的项目' })
    .min(1, '请选择需要修改的项目')
    .max(100, '需要修改的项目无效，请重新选择')
    .refine(isKnownFieldPath, { message: '需要修改的项目无效，请重新选择' }),
  reason: visible(z.string({ required_error: '请填写退回原因' }).trim().min(1, '请填写退回原因').max(200, '退回原因不能超过200个字，请精简'), '退回原因', { multiline: true })
})
export type ReturnReason = z.infer<typeof ReturnReasonSchema>

export const DecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('approve'), note: visible(z.string().trim().max(200, '审核意见不能超过200个字，请精简'), '审核意见', { multiline: true }).optional() }),
    z.object({
      decision: z.literal('return'),
      reasons: z
        .array(ReturnReasonSchema, { required_error: '请至少指出一处需要修改的地方' })
        .min(1, '请至少指出一处需要修改的地方')
        .max(50, '退回意见过多，请合并后再提交')
        .refine((rs) => new Set(rs.map((r) => r.field)).size === rs.length, { message: '同一项目只能填写一条退回原因，请合并' })
    }),
    z.object({
      decision: z.literal('reject'),
      reason: visible(z.string({ required_error: '请填写驳回理由' }).trim().min(2, '驳回理由至少2个字，请说明原因').max(500, '驳回理由不能超过500个字，请精简'), '驳回理由', { multiline: true })
    })
  ],
  { errorMap: (issue, ctx) => (issue.code === z.ZodIssueCode.invalid_union_discriminator ? { message: '请选择审核结果（通过、退回修改或驳回）' } : { message: ctx.defaultError }) }
)
export type Decision = z.infer<typeof DecisionSchema>

/** One-tap reasons for the review screen; reviewers can still type their own. */
/**
 * Reasons reviewers give often, by what the field is: a photo's problems are not an address's.
 * Each list is what a reviewer would say about that kind of field, in the applicant's words.
 */
const PHOTO = ['照片模糊，请重新拍摄', '证件反光，请避开灯光重新拍摄', '证件未完整拍摄，请确保四角可见', '证件已过期，请上传有效证件', '信息与证件不一致，请核对'] as const
const REASONS_BY_KIND = {
  photo: PHOTO,
  form: ['登记备案表未盖章，请盖章后重新拍摄', '登记备案表内容与填写信息不一致，请重新生成后盖章', ...PHOTO.slice(0, 3)],
  signature: ['签名不清晰，请重新签名', '签名与备案主体姓名不一致，请本人签名'],
  name: ['名称与证件不一致，请核对', '请填写全称，不要用简称'],
  idNumber: ['身份证号码与证件照片不一致，请核对'],
  code: ['代码与营业执照不一致，请核对'],
  phone: ['联系电话无法接通，请核对', '请填写本人常用的手机号码'],
  email: ['电子邮箱无法送达，请核对'],
  address: ['地址不够详细，请写到门牌号', '地址不在本市，请核对'],
  town: ['所在镇（街道）与通讯地址不一致，请核对'],
  accountName: ['账号名称与平台显示不一致，请核对'],
  accountId: ['账号ID与平台显示不一致，请核对'],
  link: ['主页链接无法打开，请核对'],
  followers: ['粉丝数与平台显示不一致，请核对'],
  date: ['开通日期与平台显示不一致，请核对'],
  other: ['信息有误，请核对后修改']
} as const

export type ReasonKind = keyof typeof REASONS_BY_KIND

/** What kind of field a return-reason path names (documents by kind, the rest by its last key). */
export function reasonKindOf(path: string): ReasonKind {
  if (path === 'documents.signature') return 'signature'
  if (path === 'documents.registration_form') return 'form'
  if (path.startsWith('documents')) return 'photo'
  const key = path.split('.').pop() ?? ''
  if (key === 'idNumber') return 'idNumber'
  if (key === 'uscc' || key === 'orgCode' || key === 'icpNumber') return 'code'
  if (key === 'phone') return 'phone'
  if (key === 'email') return 'email'
  if (key === 'address') return 'address'
  if (key === 'town') return 'town'
  if (key === 'accountName') return 'accountName'
  if (key === 'accountId' || key === 'domain') return 'accountId'
  if (key === 'homepage' || key === 'url') return 'link'
  if (key === 'followers') return 'followers'
  if (key === 'openedOn') return 'date'
  if (key === 'name' || key === 'legalRepresentative' || key === 'developer' || key === 'platformName') return 'name'
  return 'other'
}

/** The common reasons offered for one field (one tap fills the reason in). */
export function commonReturnReasons(path: string): readonly string[] {
  return REASONS_BY_KIND[reasonKindOf(path)]
}

/** Every common reason, whatever the field (for checks that need the whole list). */
export const COMMON_RETURN_REASONS = [...new Set(Object.values(REASONS_BY_KIND).flat())]
