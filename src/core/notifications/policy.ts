/**
 * The notification policy and the consent ledger's arithmetic.
 *
 * Policy: only the office's acts and reminders notify (approval with its number, return with its
 * reasons and fix-by date, rejection, the office's cancellation, deadline reminders), and a
 * principal's refusal of an agency filing, which returns it to the agent as the office would. What the
 * applicant did themselves (submit, resubmit, amend, withdraw, cancel) is confirmed on screen and
 * never spends a message: a one-time subscription allows one message per consent, and that one is
 * for the answer people wait for.
 *
 * Credits: WeChat counts one-time consent per (user, template): every accept is one message of
 * that template to that user, whatever the filing. The backend keeps the same count (granted from
 * the `subscribed` list a submit reports, spent only for messages this policy allows), so it never
 * queues a message WeChat would refuse with 43101. Long-term templates (SUBSCRIBE_LONG_TERM) are
 * not counted.
 */
import { fitField } from '../wechat-limits'
import { keyType, TEMPLATE_KINDS, type SubscribeSettings, type TemplateKind } from './templates'

/** Messages the product sends, each with its template preference list. Issue 11 adds its own here. */
export const MESSAGE_POLICY = {
  /** Approved (first filing: with its number; amendment: the change took effect). */
  approved: ['reviewResult'],
  /** Returned for correction: reasons and fix-by date; the review-result template is the fallback. */
  returned: ['correctionNeeded', 'reviewResult'],
  rejected: ['reviewResult'],
  /** The office deregistered an approved filing. */
  officeCancelled: ['reviewResult'],
  /** The fix-by date of a returned filing is near. */
  fixByReminder: ['deadlineReminder', 'correctionNeeded'],
  /** A report was closed: the outcome, to the reporter (issue 10). */
  reportClosed: ['reportClosed'],
  /** A case step the operator must know of: 督促, 约谈通知书, 整改通知书, the verdict on their evidence, a measure. */
  caseNotice: ['caseNotice'],
  /** A case's deadline is near; a filer's 到期提醒 consent serves when no 监管通知 consent is left. */
  caseReminder: ['caseNotice', 'deadlineReminder'],
  /** An invitation to an office event (issue 11): only against an 活动通知 consent; the activities list always shows it. */
  activityInvite: ['activityInvite'],
  /** An event the operator signed up for changed (time, place) or was cancelled: the same 活动通知 template, against a credit. */
  activityChange: ['activityInvite'],
  /** A re-verification round's deadline is near (issue 11 §4). */
  reverifyReminder: ['deadlineReminder'],
  /** A reported change of operator or contact is due to be filed (issue 11 §5). */
  upkeepReminder: ['deadlineReminder']
} as const satisfies Record<string, readonly TemplateKind[]>

export type MessageKind = keyof typeof MESSAGE_POLICY
/** The messages about a filing (the lifecycle's); the others are the supervision side's. */
export type FilingMessageKind = Exclude<MessageKind, 'reportClosed' | 'caseNotice' | 'caseReminder' | 'activityInvite' | 'activityChange' | 'reverifyReminder' | 'upkeepReminder'>

/** The messages a reviewer's decision sends: what staff need to know can still reach the applicant. */
export const DECISION_MESSAGES: readonly MessageKind[] = ['approved', 'returned', 'rejected']

/** Slot values per candidate template (a value per slot the template may carry). */
export type MessageValues = Partial<Record<TemplateKind, Record<string, string>>>

export interface MessageRequest {
  kind: MessageKind
  openid: string
  /** Mini-program page the card opens (with its query). */
  page: string
  values: MessageValues
}

/** A message the policy allows and a credit pays for, rendered for WeChat. */
export interface OwedMessage {
  kind: MessageKind
  openid: string
  templateKind: TemplateKind
  templateId: string
  page: string
  data: Record<string, { value: string }>
}

/** templateId → credits (one-time consents not yet used) of one user. */
export type Credits = Readonly<Record<string, number>>

export interface OweResult {
  message: OwedMessage | null
  /** The template id whose credit the message uses (null when long-term or nothing owed). */
  spend: string | null
  /** Why nothing is sent (for the audit and the staff screen). */
  unsent: 'not-configured' | 'no-consent' | null
}

/** Fits every configured slot's value to its key's type; a slot without a value shows '-'. */
export function renderTemplate(keys: Record<string, string>, values: Record<string, string>, timezone: string): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {}
  for (const [slot, key] of Object.entries(keys)) {
    const v = values[slot]
    const type = keyType(key)
    data[key] = { value: v === undefined || v === '' ? (type === 'time' || type === 'date' ? '' : '-') : fitField(key, v, timezone) }
    if (data[key].value === '') delete data[key]
  }
  return data
}

/**
 * Which template carries `request`, and whether a credit pays for it: the first template of the
 * policy's list that the deployment configured and the user consented to.
 */
export function oweMessage(request: MessageRequest, settings: SubscribeSettings, credits: Credits, timezone: string): OweResult {
  const candidates = (MESSAGE_POLICY[request.kind] as readonly TemplateKind[]).filter((k) => settings.templates[k] && request.values[k])
  if (candidates.length === 0) return { message: null, spend: null, unsent: 'not-configured' }
  const kind = candidates.find((k) => settings.longTerm || (credits[settings.templates[k]?.id ?? ''] ?? 0) > 0)
  if (!kind) return { message: null, spend: null, unsent: 'no-consent' }
  const template = settings.templates[kind]
  if (!template) return { message: null, spend: null, unsent: 'not-configured' }
  return {
    message: { kind: request.kind, openid: request.openid, templateKind: kind, templateId: template.id, page: request.page, data: renderTemplate(template.keys, request.values[kind] ?? {}, timezone) },
    spend: settings.longTerm ? null : template.id,
    unsent: null
  }
}

/** The accepted ids a prompt reported that this deployment sends with: one credit each. */
export function creditsGranted(subscribed: readonly string[], settings: SubscribeSettings): string[] {
  const configured = new Set(Object.values(settings.templates).map((t) => t?.id))
  return [...new Set(subscribed)].filter((id) => configured.has(id))
}

/** Whether a message of each kind could reach the user now (staff see 未订阅 otherwise). */
export function reach(kinds: readonly MessageKind[], settings: SubscribeSettings, credits: Credits): Record<MessageKind, boolean> {
  const out = {} as Record<MessageKind, boolean>
  for (const kind of kinds) {
    out[kind] = (MESSAGE_POLICY[kind] as readonly TemplateKind[]).some((k) => {
      const t = settings.templates[k]
      return t !== undefined && (settings.longTerm || (credits[t.id] ?? 0) > 0)
    })
  }
  return out
}

/** Slots of a template kind (for documentation and the doctor). */
export function slotsOf(kind: TemplateKind): string[] {
  return Object.keys(TEMPLATE_KINDS[kind].slots)
}
