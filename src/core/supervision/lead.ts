/**
 * Leads (线索): accounts the office knows about but that have not filed, from a report, a staff
 * sweep (巡查), an imported list, or outreach that got no answer (issue 11 feeds those in).
 *
 *   open (待督促) ─urge→ urged (已督促, with a deadline in working days) ─urge→ urged …
 *   open | urged ─escalate→ escalated (a case file was opened)
 *   open | urged | escalated ─the operator submits a filing→ filing (备案审核中)
 *   filing ─the filing is approved→ filed (closed)   filing ─it is withdrawn/rejected→ back
 *   open | urged ─dismiss (reason)→ dismissed (closed: out of scope, account gone …)
 *
 * Linking to a filing is the system's act (a part of a filing transition's effects, `leadFollowUp`
 * in ./lead-follow.ts); the rest are staff's.
 */
import { z } from 'zod'
import { note, optionalNote, refuse, type Decided, type SupervisionActor } from './common'

export const LEAD_STATUSES = ['open', 'urged', 'escalated', 'filing', 'filed', 'dismissed'] as const
export type LeadStatus = (typeof LEAD_STATUSES)[number]
export const LEAD_STATUS_LABELS: Readonly<Record<LeadStatus, string>> = {
  open: '待督促',
  urged: '已督促',
  escalated: '已立案',
  filing: '备案审核中',
  filed: '已备案',
  dismissed: '已排除'
}
/** Known but not (yet) filed: what coverage counts against the register. */
export const LEAD_UNFILED: readonly LeadStatus[] = ['open', 'urged', 'escalated', 'filing']
export const LEAD_CLOSED: readonly LeadStatus[] = ['filed', 'dismissed']

/** Where a lead came from: `outreach` is a 年度核验 non-responder, `upkeep` a change of operator or contact not filed in time. */
export const LEAD_SOURCES = ['report', 'sweep', 'list', 'outreach', 'upkeep'] as const
export type LeadSource = (typeof LEAD_SOURCES)[number]
export const LEAD_SOURCE_LABELS: Readonly<Record<LeadSource, string>> = { report: '群众举报', sweep: '巡查发现', list: '名单导入', outreach: '年度核验未响应', upkeep: '变更逾期未备案' }
/**
 * Where a lead is about a filed account whose operator stopped keeping it current (年度核验
 * non-responders, overdue changes) rather than an account missing from the register: such a lead
 * is never refused as "already filed", and coverage does not count it as an unfiled account.
 */
export const FILED_ACCOUNT_LEAD_SOURCES: readonly LeadSource[] = ['outreach', 'upkeep']
export const UNFILED_ACCOUNT_LEAD_SOURCES: readonly LeadSource[] = LEAD_SOURCES.filter((s) => !FILED_ACCOUNT_LEAD_SOURCES.includes(s))
export const isFiledAccountLead = (source: LeadSource): boolean => FILED_ACCOUNT_LEAD_SOURCES.includes(source)

export const URGE_CHANNELS = ['电话', '短信', '平台私信', '上门', '书面通知'] as const
export type UrgeChannel = (typeof URGE_CHANNELS)[number]

const platform = z.string({ required_error: '请选择平台' }).min(1, '请选择平台').max(32, '平台无效，请重新选择')

/** What is known about an unfiled account; the same shape for a sweep, a list row or outreach. */
export const LeadInputSchema = z.object({
  platform,
  accountName: note('账号名称', 50),
  accountId: optionalNote('账号ID', 64),
  /** Town code from the jurisdiction config, when known. */
  town: z.string().max(32, '镇街无效，请重新选择').default(''),
  note: optionalNote('备注', 200)
})
export type LeadInput = z.infer<typeof LeadInputSchema>

export const MAX_LEADS_PER_IMPORT = 200

export const UrgeSchema = z.object({
  deadline: z.string({ required_error: '请选择备案截止日期' }),
  channel: z.enum(URGE_CHANNELS, { errorMap: () => ({ message: '请选择督促方式' }) }),
  note: optionalNote('督促情况', 300)
})
export type Urge = z.infer<typeof UrgeSchema>

export type LeadAction = 'urge' | 'escalate' | 'dismiss' | 'filing-submitted' | 'filing-approved' | 'filing-dropped'
export const LEAD_ACTION_LABELS: Readonly<Record<LeadAction, string>> = {
  urge: '督促',
  escalate: '立案',
  dismiss: '排除',
  'filing-submitted': '关联备案',
  'filing-approved': '确认已备案',
  'filing-dropped': '解除关联'
}

const RULES: ReadonlyArray<{ action: LeadAction; from: readonly LeadStatus[]; roles: readonly SupervisionActor[] }> = [
  { action: 'urge', from: ['open', 'urged'], roles: ['reviewer', 'admin'] },
  { action: 'escalate', from: ['open', 'urged'], roles: ['reviewer', 'admin'] },
  { action: 'dismiss', from: ['open', 'urged'], roles: ['reviewer', 'admin'] },
  { action: 'filing-submitted', from: ['open', 'urged', 'escalated'], roles: ['system'] },
  { action: 'filing-approved', from: ['open', 'urged', 'escalated', 'filing'], roles: ['system'] },
  { action: 'filing-dropped', from: ['filing'], roles: ['system'] }
]

export interface LeadState {
  status: LeadStatus
  urged: boolean
  caseId: string | null
}

/** The next status of a lead, or why not. */
export function leadStep(lead: LeadState, action: LeadAction, actor: SupervisionActor): Decided<{ to: LeadStatus }> {
  const rule = RULES.find((r) => r.action === action && r.roles.includes(actor))
  if (!rule) return refuse('forbidden', '您没有权限处理该线索')
  if (!rule.from.includes(lead.status)) {
    return refuse('invalid_state', `该线索${LEAD_STATUS_LABELS[lead.status]}，不能${LEAD_ACTION_LABELS[action]}`)
  }
  switch (action) {
    case 'urge':
      return { ok: true, to: 'urged' }
    case 'escalate':
      return { ok: true, to: 'escalated' }
    case 'dismiss':
      return { ok: true, to: 'dismissed' }
    case 'filing-submitted':
      return { ok: true, to: 'filing' }
    case 'filing-approved':
      return { ok: true, to: 'filed' }
    case 'filing-dropped':
      return { ok: true, to: lead.caseId ? 'escalated' : lead.urged ? 'urged' : 'open' }
  }
}
