/** Schema pieces several contracts share: ids and versions going in, list rows and outcomes coming out. */
import { z } from 'zod'
import { FilingStatusSchema } from '../status'

// ---- Input pieces ---------------------------------------------------------------------------

export const FilingId = z.string({ required_error: '缺少备案编号，请返回列表重新打开', invalid_type_error: '备案编号无效，请返回列表重新打开' }).min(1, '缺少备案编号，请返回列表重新打开').max(64, '备案编号无效，请返回列表重新打开')
export const Version = z.number({ required_error: '缺少版本号，请刷新后重试', invalid_type_error: '版本号无效，请刷新后重试' }).int('版本号无效，请刷新后重试').positive('版本号无效，请刷新后重试')
/** Client-generated per tap (e.g. a uuid); the same id replays the first result. */
export const RequestId = z.string({ required_error: '缺少请求编号，请更新小程序后重试' }).regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号无效，请更新小程序后重试')
/** Template ids the user accepted in requestSubscribeMessage (accept only). */
export const Subscribed = z.array(z.string().min(1).max(64)).max(5, '订阅消息模板最多5个').default([])
export const Openid = z.string({ required_error: '缺少用户标识' }).min(1).max(128, '用户标识无效')
/** Longest account name the lookup and the report accept. */
export const ACCOUNT_NAME_MAX = 50
export const PlatformInput = z.string().min(1, '请选择平台').max(32, '平台无效，请重新选择')

/** A one-time code typed in a box (邀请码, 确认码, 转让码): case and spaces forgiven. */
export const OneTimeCode = (word: string) =>
  z.string({ required_error: `请输入${word}`, invalid_type_error: `请输入${word}` }).trim().toUpperCase().regex(/^[A-Z0-9]{6,16}$/, `${word}应为6至16位字母或数字，请核对`)

export const StaffRoleSchema = z.enum(['reviewer', 'admin'])
export type StaffRole = z.infer<typeof StaffRoleSchema>

// ---- Output pieces --------------------------------------------------------------------------

/** A field the reviewer flagged, with the reason (as stored; the input rules live in DecisionSchema). */
export const ReturnReasonView = z.object({ field: z.string(), reason: z.string() })

/** One filing in a list: derived and masked (the applicant's 我的备案, the staff queue). */
export const FilingListItem = z.object({
  id: z.string(),
  status: FilingStatusSchema,
  statusLabel: z.string(),
  accountNames: z.array(z.string()),
  /** Platform labels, not codes. */
  platforms: z.array(z.string()),
  /** Masked subject name. */
  subjectName: z.string(),
  filingNumber: z.string().nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  dueDate: z.string().nullable(),
  /** An approved version stands behind this status (an amendment is in progress or was undone). */
  hasApprovedVersion: z.boolean(),
  /** Not yet filed and the due date has passed (core isFilingLate). */
  overdue: z.boolean(),
  /** Last day to correct a returned filing. */
  fixBy: z.string().nullable(),
  /** An agency filing waits for its principal's confirmation (待委托方确认): the office cannot approve yet. */
  awaitingPrincipal: z.boolean(),
  version: z.number().int()
})
export type FilingListItem = z.infer<typeof FilingListItem>

/** What every state change (submit, withdraw, decide, cancel …) answers. */
export const FilingOutcome = z.object({
  id: z.string(),
  status: FilingStatusSchema,
  version: z.number().int(),
  filingNumber: z.string().nullable(),
  /** True when this was a replay of an earlier identical request. */
  replayed: z.boolean()
})
export type FilingOutcome = z.infer<typeof FilingOutcome>
