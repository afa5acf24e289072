/**
 * A public report (举报) and its life: open (待处理) → processing (处理中: assigned or linked)
 * → closed (已办结, with an outcome the reporter can read on the receipt). Staff assign, link
 * (to a filing or a lead) and close; the system closes a report when the lead it was linked to
 * ends with the account filed.
 */
import { z } from 'zod'
import { refuse, type Decided, type SupervisionActor } from './common'

export const REPORT_STATUSES = ['open', 'processing', 'closed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]
export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = { open: '待处理', processing: '处理中', closed: '已办结' }

/** Up to three screenshots with a report. */
export const MAX_REPORT_EVIDENCE = 3

/**
 * How a report ended. `label` is what staff pick; `forReporter` is what the reporter reads on the
 * receipt and in the message (nothing about the operator beyond what the reporter already knows).
 */
export const REPORT_OUTCOMES = {
  filed: { label: '已督促备案', forReporter: '经核查，被举报账号已按要求完成登记备案' },
  case: { label: '已立案处理', forReporter: '经核查，已依法对被举报账号立案处理' },
  transferred: { label: '已移交处理', forReporter: '经核查，已移交相关部门或平台依法处理' },
  unfounded: { label: '查无实据', forReporter: '经核查，未发现所举报的问题' },
  duplicate: { label: '重复举报', forReporter: '该举报与已受理的举报相同，已合并处理' },
  other: { label: '其他', forReporter: '已处理完毕' }
} as const
export type ReportOutcome = keyof typeof REPORT_OUTCOMES
export const REPORT_OUTCOME_CODES = Object.keys(REPORT_OUTCOMES) as [ReportOutcome, ...ReportOutcome[]]

export const ReportCloseSchema = z.object({
  outcome: z.enum(REPORT_OUTCOME_CODES, { errorMap: () => ({ message: '请选择办理结果' }) }),
  /** Shown to the reporter below the outcome; optional, no personal data of others. */
  note: z.string({ invalid_type_error: '答复说明应为文字' }).trim().max(200, '答复说明不能超过200个字，请精简').default('')
})
export type ReportClose = z.infer<typeof ReportCloseSchema>

export type ReportAction = 'assign' | 'link' | 'close'
export const REPORT_ACTION_LABELS: Readonly<Record<ReportAction, string>> = { assign: '指派', link: '关联', close: '办结' }

const RULES: ReadonlyArray<{ action: ReportAction; from: readonly ReportStatus[]; roles: readonly SupervisionActor[] }> = [
  { action: 'assign', from: ['open', 'processing'], roles: ['reviewer', 'admin'] },
  { action: 'link', from: ['open', 'processing'], roles: ['reviewer', 'admin', 'system'] },
  { action: 'close', from: ['open', 'processing'], roles: ['reviewer', 'admin', 'system'] }
]

/** The next status of a report, or why not. */
export function reportStep(status: ReportStatus, action: ReportAction, actor: SupervisionActor): Decided<{ to: ReportStatus }> {
  const rule = RULES.find((r) => r.action === action)
  if (!rule || !rule.roles.includes(actor)) return refuse('forbidden', '您没有权限处理举报')
  if (!rule.from.includes(status)) {
    return refuse('invalid_state', `该举报${REPORT_STATUS_LABELS[status]}，不能再${REPORT_ACTION_LABELS[action]}；如需补充，请让举报人重新提交`)
  }
  return { ok: true, to: action === 'close' ? 'closed' : 'processing' }
}

/** What the reporter sees for a report in `status` with `outcome`. */
export function reportOutcomeForReporter(status: ReportStatus, outcome: ReportOutcome | null): string {
  if (status !== 'closed' || outcome === null) return status === 'open' ? '已受理，等待核查' : '正在核查处理中'
  return REPORT_OUTCOMES[outcome].forReporter
}
