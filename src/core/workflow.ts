/**
 * The filing state machine. Pure: the caller loads the filing, resolves the actor's role
 * (owner of this filing, another applicant, staff, the system timer, nobody logged in),
 * calls `transition`, and stores the new status with the returned audit event.
 *
 * Amendments: an approved filing can be amended ('amend' → 'amending'); the approved version
 * stays valid while the new one is reviewed. Approve → 'approved' with the new content; reject
 * → 'approved' (the old version stands); return → 'returned' with `hasApprovedVersion` kept
 * true by the caller, so 'resubmit' goes back to 'amending' and 'withdraw' back to 'approved'.
 * A first submission has no approved version: resubmit → 'submitted', withdraw → 'withdrawn'.
 * 'delete' does not change the status: the caller removes the record (drafts and withdrawn
 * filings only; the system timer purges abandoned drafts).
 */
import { z } from 'zod'
import { ReturnReasonSchema, type ReturnReason } from './schemas/decision'
import { FilingStatusSchema, STATUS_LABELS, statusLabel, type FilingStatus } from './status'

export { FilingStatusSchema, STATUS_LABELS, statusLabel, type FilingStatus }


export const WorkflowActionSchema = z.enum(['submit', 'withdraw', 'resubmit', 'approve', 'return', 'reject', 'amend', 'cancel', 'delete'])
export type WorkflowAction = z.infer<typeof WorkflowActionSchema>

export const ACTION_LABELS: Readonly<Record<WorkflowAction, string>> = {
  submit: '提交',
  withdraw: '撤回',
  resubmit: '重新提交',
  approve: '审核通过',
  return: '退回修改',
  reject: '驳回',
  amend: '申请变更',
  cancel: '注销',
  delete: '删除'
}

export const ACTOR_ROLES = ['owner', 'other', 'reviewer', 'admin', 'system', 'anonymous'] as const
export type ActorRole = (typeof ACTOR_ROLES)[number]

/** Who may do what from which status. Anything not listed is refused. */
const RULES: ReadonlyArray<{ action: WorkflowAction; from: readonly FilingStatus[]; roles: readonly ActorRole[] }> = [
  { action: 'submit', from: ['draft'], roles: ['owner'] },
  { action: 'withdraw', from: ['submitted', 'amending', 'returned'], roles: ['owner'] },
  { action: 'resubmit', from: ['returned'], roles: ['owner'] },
  { action: 'approve', from: ['submitted', 'amending'], roles: ['reviewer', 'admin'] },
  { action: 'return', from: ['submitted', 'amending'], roles: ['reviewer', 'admin'] },
  { action: 'reject', from: ['submitted', 'amending'], roles: ['reviewer', 'admin'] },
  { action: 'amend', from: ['approved'], roles: ['owner'] },
  // The office may deregister an account that no longer exists (with a reason).
  { action: 'cancel', from: ['approved'], roles: ['owner', 'admin'] },
  { action: 'delete', from: ['draft', 'withdrawn'], roles: ['owner'] },
  { action: 'delete', from: ['draft'], roles: ['system'] }
]

export function can(status: FilingStatus, action: WorkflowAction, role: ActorRole): boolean {
  return RULES.some((r) => r.action === action && r.from.includes(status) && r.roles.includes(role))
}

function target(status: FilingStatus, action: WorkflowAction, hasApprovedVersion: boolean): FilingStatus {
  switch (action) {
    case 'submit':
      return 'submitted'
    case 'withdraw':
      return status === 'submitted' ? 'withdrawn' : status === 'amending' || hasApprovedVersion ? 'approved' : 'withdrawn'
    case 'resubmit':
      return hasApprovedVersion ? 'amending' : 'submitted'
    case 'approve':
      return 'approved'
    case 'return':
      return 'returned'
    case 'reject':
      return status === 'amending' ? 'approved' : 'rejected'
    case 'amend':
      return 'amending'
    case 'cancel':
      return 'cancelled'
    case 'delete':
      return status
  }
}

export interface Actor {
  role: ActorRole
  openid?: string | null
}

export interface TransitionPayload {
  reasons?: ReturnReason[]
  reason?: string
  filingNumber?: string
}

export interface TransitionEvent {
  action: WorkflowAction
  from: FilingStatus
  to: FilingStatus
  actorRole: ActorRole
  actorOpenid: string | null
  /** ISO-8601 instant (UTC). */
  at: string
  reason?: string
  reasons?: ReturnReason[]
  filingNumber?: string
}

export type TransitionErrorCode = 'forbidden' | 'invalid_state' | 'invalid_payload'

export type TransitionResult =
  | { ok: true; status: FilingStatus; event: TransitionEvent }
  | { ok: false; code: TransitionErrorCode; message: string }

export interface TransitionInput {
  status: FilingStatus
  /** True while an approved version exists under a pending amendment (returned or amending). */
  hasApprovedVersion?: boolean
}

/** Actions the UI should offer `role` on a filing in `status`. */
export function availableActions(status: FilingStatus, role: ActorRole): WorkflowAction[] {
  return WorkflowActionSchema.options.filter((a) => can(status, a, role))
}

const ReturnReasonsSchema = z.array(ReturnReasonSchema).min(1).max(50)

function payloadProblem(action: WorkflowAction, from: FilingStatus, role: ActorRole, payload: TransitionPayload): string | null {
  if (action === 'return') {
    const r = ReturnReasonsSchema.safeParse(payload.reasons)
    if (!r.success) return '退回修改时请逐项指出需要修改的地方和原因'
  }
  if (action === 'reject') {
    const reason = payload.reason?.trim() ?? ''
    if (reason.length < 2 || reason.length > 500) return '驳回时请填写驳回理由（2至500字）'
  }
  if (action === 'cancel' && role === 'admin') {
    const reason = payload.reason?.trim() ?? ''
    if (reason.length < 2 || reason.length > 500) return '由网信办注销备案时请填写注销原因（2至500字）'
  }
  // The first approval issues the number; an approved amendment keeps the existing one.
  if (action === 'approve' && from === 'submitted') {
    const n = payload.filingNumber?.trim() ?? ''
    if (n.length === 0 || n.length > 64) return '审核通过时须生成备案号，请重试'
  }
  return null
}

export function transition(input: TransitionInput, action: WorkflowAction, actor: Actor, now: Date, payload: TransitionPayload = {}): TransitionResult {
  const { status } = input
  if (!can(status, action, actor.role)) {
    const roleEverAllowed = RULES.some((r) => r.action === action && r.roles.includes(actor.role))
    const someoneAllowedHere = RULES.some((r) => r.action === action && r.from.includes(status))
    if (!roleEverAllowed || someoneAllowedHere) {
      return { ok: false, code: 'forbidden', message: actor.role === 'anonymous' ? '请先登录后再操作' : `您没有权限${ACTION_LABELS[action]}此备案` }
    }
    return { ok: false, code: 'invalid_state', message: `该备案当前状态为“${STATUS_LABELS[status]}”，不能${ACTION_LABELS[action]}，请刷新后查看最新状态` }
  }
  const problem = payloadProblem(action, status, actor.role, payload)
  if (problem) return { ok: false, code: 'invalid_payload', message: problem }

  const event: TransitionEvent = {
    action,
    from: status,
    to: target(status, action, input.hasApprovedVersion === true),
    actorRole: actor.role,
    actorOpenid: actor.openid ?? null,
    at: now.toISOString()
  }
  if (action === 'return') event.reasons = ReturnReasonsSchema.parse(payload.reasons) // trimmed copies
  if ((action === 'reject' || action === 'cancel' || action === 'withdraw') && payload.reason?.trim()) event.reason = payload.reason.trim()
  if (action === 'approve' && payload.filingNumber?.trim()) event.filingNumber = payload.filingNumber.trim()
  return { ok: true, status: event.to, event }
}
