/**
 * Agency (委托代理, issue 12 §7): an agency files for a principal. The agent names itself in the
 * filing (`agency`) and attaches the 授权委托书; a submission that carries an agency waits for the
 * principal, who confirms (or refuses) in their own WeChat with a one-time code the agent passes on.
 * Until the principal confirms, the office cannot approve (`awaitingPrincipal`, used by the
 * lifecycle aggregate and the review screen). On confirmation the principal joins the filing's
 * managers (named 委托方): they see it afterwards and may take it over from the agent.
 * Every new submission of an agency filing asks the principal again: they confirm what is filed.
 */
import { z } from 'zod'
import { addWorkingDays } from '../deadlines'
import { localDate } from '../dates'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import type { FieldIssue } from '../result'
import { mobile, personName, text } from '../schemas/fields'
import type { FilingState } from '../filing/state'
import { filingMessage } from '../filing/messages'
import type { MessageRequest } from '../notifications/policy'
import { isManager, managersOf, MAX_MANAGERS } from './managers'
import { availableActions, type ActorRole, type WorkflowAction } from '../workflow'

export const AgencySchema = z.object(
  {
    name: text('代理机构名称'),
    contact: personName('代理机构联系人'),
    phone: mobile('代理机构联系人手机号码')
  },
  { invalid_type_error: '代理信息无效，请重新填写' }
)
export type Agency = z.infer<typeof AgencySchema>

/** Where the principal's confirmation stands; absent on filings that carry no agency. */
export interface PrincipalConfirmation {
  status: 'pending' | 'confirmed' | 'refused'
  /** Keyed hash id of the one code now valid (a new code replaces the old one). */
  inviteId: string | null
  /** The principal's openid once they answered. */
  openid: string | null
  at: string | null
  reason: string | null
}

export const AWAITING_PRINCIPAL_LABEL = '待委托方确认'
export const AGENCY_LETTER = 'authorisation_letter' as const

export const PRINCIPAL_STATUS_LABELS: Readonly<Record<PrincipalConfirmation['status'], string>> = {
  pending: AWAITING_PRINCIPAL_LABEL,
  confirmed: '委托方已确认',
  refused: '委托方已拒绝'
}
export const PRINCIPAL_NAME = '委托方'
export const AWAITING_PRINCIPAL_MESSAGE = '委托方尚未确认委托，暂不能审核通过'

type WithPrincipal = Pick<FilingState, 'status'> & { principal?: PrincipalConfirmation | null }

/** The office may not approve while the principal has not confirmed a submitted agency filing. */
export function awaitingPrincipal(f: WithPrincipal): boolean {
  return (f.status === 'submitted' || f.status === 'amending') && f.principal?.status === 'pending'
}

/** What the review screen offers `role`: no 审核通过 while the principal has not confirmed. */
export function reviewActions(f: WithPrincipal, role: ActorRole): WorkflowAction[] {
  return availableActions(f.status, role).filter((a) => a !== 'approve' || !awaitingPrincipal(f))
}

/** The confirmation as staff see it (the principal's openid stays in the record and the audit). */
export function principalView(f: { principal?: PrincipalConfirmation | null }): { status: PrincipalConfirmation['status']; label: string; at: string | null; reason: string | null } | null {
  const p = f.principal
  return p ? { status: p.status, label: PRINCIPAL_STATUS_LABELS[p.status], at: p.at, reason: p.reason } : null
}

/** The confirmation a submission starts: pending for an agency filing, none otherwise. */
export function principalOnSubmit(content: unknown): PrincipalConfirmation | null {
  const agency = typeof content === 'object' && content !== null ? (content as { agency?: unknown }).agency : undefined
  return agency ? { status: 'pending', inviteId: null, openid: null, at: null, reason: null } : null
}

/** An agency filing must carry the authorisation letter (on the letter's path, as the wizard names it). */
export function agencyIssues(content: { agency?: unknown; documents: ReadonlyArray<{ kind: string }> }): FieldIssue[] {
  const has = content.documents.some((d) => d.kind === AGENCY_LETTER)
  if (content.agency && !has) return [{ path: `documents.${AGENCY_LETTER}`, message: '代理备案须上传委托方盖章或签字的授权委托书（拍照或 PDF）' }]
  if (!content.agency && has) return [{ path: `documents.${AGENCY_LETTER}`, message: '非代理备案无需授权委托书，请删除' }]
  return []
}

/** The materials the wizard asks for: an agency filing adds the 授权委托书 after the subject's own. */
export function withAgencyLetter<K extends string>(kinds: readonly K[], content: { agency?: unknown }): Array<K | typeof AGENCY_LETTER> {
  return content.agency ? [...kinds, AGENCY_LETTER] : [...kinds]
}

export type AgencyRefusal = { ok: false; code: 'forbidden' | 'invalid_state' | 'invalid_payload'; message: string }
/** `message`: what the change owes the filing's owner (a refusal returns the filing: the agent is told as by a return). */
export type AgencyChange = AgencyRefusal | { ok: true; next: FilingState; message?: MessageRequest | null }

/** Who may see or answer through a code: anyone but the filing's own managers (the agent cannot confirm for the principal). */
function answerable(f: FilingState & { principal?: PrincipalConfirmation | null }, inviteId: string, openid: string): AgencyRefusal | null {
  if (!awaitingPrincipal(f) || f.principal?.inviteId !== inviteId) return { ok: false, code: 'invalid_state', message: '确认码无效或已失效，请向代理机构索取新的确认码' }
  if (isManager(f, openid)) return { ok: false, code: 'forbidden', message: '委托确认须由委托方本人用自己的微信完成，代理机构不能代为确认' }
  return null
}

export function canAnswerAgency(f: FilingState, inviteId: string, openid: string): AgencyRefusal | { ok: true } {
  return answerable(f, inviteId, openid) ?? { ok: true }
}

/** The principal confirms: recorded with their openid and time; they join the managers as 委托方. */
export function confirmAgency(f: FilingState, inviteId: string, openid: string, now: Date): AgencyChange {
  const refused = answerable(f, inviteId, openid)
  if (refused) return refused
  const at = now.toISOString()
  const list = managersOf(f)
  const managers = list.length < MAX_MANAGERS ? [...list, { openid, name: PRINCIPAL_NAME, addedAt: at, addedBy: f.ownerOpenid }] : list
  return { ok: true, next: { ...f, managers, principal: { status: 'confirmed', inviteId: null, openid, at, reason: null }, version: f.version + 1, updatedAt: at } }
}

export const RefusalReasonSchema = z
  .string({ required_error: '请填写拒绝原因', invalid_type_error: '请填写拒绝原因' })
  .trim()
  .min(2, '请填写拒绝原因（至少2个字），让代理机构知道要改什么')
  .max(200, '拒绝原因最多200个字，请精简')

/**
 * The principal refuses: the filing goes back to the agent as returned (reason on the agency
 * field, the usual correction period), and a new submission asks the principal again.
 */
export function refuseAgency(f: FilingState, inviteId: string, openid: string, reason: string, now: Date, config: JurisdictionConfig): AgencyChange {
  const refused = answerable(f, inviteId, openid)
  if (refused) return refused
  const at = now.toISOString()
  const returnReasons = [{ field: 'agency', reason: `委托方拒绝确认：${reason}` }]
  const fixBy = addWorkingDays(localDate(at, config.timezone), config.correction.workingDays, config)
  // The answer the agent waits for, like the office's return: it spends the consent given at submit.
  const message = filingMessage(
    { action: 'return', from: f.status, to: 'returned', actorRole: 'other', actorOpenid: openid, at, reasons: returnReasons, fixBy },
    { id: f.id, ownerOpenid: f.ownerOpenid, accountNames: f.index.accountNames, filingNumber: f.filingNumber },
    config
  )
  return {
    ok: true,
    next: {
      ...f,
      status: 'returned',
      principal: { status: 'refused', inviteId: null, openid, at, reason },
      returnReasons,
      returnedContent: f.working.content,
      fixBy,
      reviewDueDate: null,
      version: f.version + 1,
      updatedAt: at
    },
    message
  }
}

/** A fresh code replaces the previous one (which stops working); only while the principal has not answered. */
export function withPrincipalCode(f: FilingState, inviteId: string, actor: string, now: Date): AgencyChange {
  if (!isManager(f, actor)) return { ok: false, code: 'forbidden', message: '您不是该备案的管理人，无法查看或操作' }
  if (!awaitingPrincipal(f) || !f.principal) return { ok: false, code: 'invalid_state', message: '该备案当前无需委托方确认' }
  return { ok: true, next: { ...f, principal: { ...f.principal, inviteId }, version: f.version + 1, updatedAt: now.toISOString() } }
}
