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
export const COMMON_RETURN_REASONS = [
  '照片模糊，请重新拍摄',
  '证件反光，请避开灯光重新拍摄',
  '证件未完整拍摄，请确保四角可见',
  '信息与证件不一致，请核对',
  '登记备案表未盖章，请盖章后重新拍摄',
  '证件已过期，请上传有效证件',
  '账号名称与平台显示不一致，请核对',
  '粉丝数与平台显示不一致，请核对',
  '主页链接无法打开，请核对',
  '联系电话无法接通，请核对',
  '签名不清晰，请重新签名'
] as const
