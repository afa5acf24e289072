/**
 * The filing lifecycle aggregate: given a filing, a command, who gives it, `now` and the
 * deployment's settings, it answers with a typed refusal or the whole effect of the
 * transition — the next record, the audit event, the message owed (under the notification
 * policy and the owner's consent credits), the credits granted and spent, the account claims
 * to hold and release, and whether a filing number must be issued. The backend only loads,
 * calls this, takes the counter value when asked, and writes everything in one unit of work.
 *
 * Two phases because the number is gap-free: `planFiling` refuses before anything is taken;
 * `plan.complete(seq)` places the number (formatted here) once the counter gave its value.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { addWorkingDays, reviewDueDate, workingDaysBetween } from '../deadlines'
import { addDays, localDate, weekday } from '../local-time'
import { formatFilingNumber } from '../filing-number'
import { oweMessage, creditsGranted, type Credits, type OwedMessage, type OweResult } from '../notifications/policy'
import type { SubscribeSettings } from '../notifications/templates'
import type { ReturnReason } from '../schemas/decision'
import { transition, type ActorRole, type FilingStatus, type TransitionPayload, type WorkflowAction } from '../workflow'
import { accountKeysOf, contentOf, lookupKeysOf, searchTermsOf, searchTextOf } from './derive'
import type { FilingEvent } from './events'
import { filingMessage } from './messages'
import { recusalReason, RECUSAL_MESSAGES, type RecusalReason, type StaffIdentity } from './recusal'
import type { FilingIndex, FilingState, Snapshot } from './state'
import { frozenSheet } from './registration-form'
import { isEditable, isLive } from './status'
import { filedAfterDue } from '../supervision/dashboard'
import { leadFollowUp, type LeadFollowUp } from '../supervision/lead-follow'
import { isManager, NOT_A_MANAGER } from '../org/managers'

/** Who gives a command: the caller's role in the deployment, plus what separation of duties needs. */
export interface FilingActor extends StaffIdentity {
  kind: 'applicant' | 'reviewer' | 'admin' | 'system' | 'anonymous'
}

/** A new version of the content, sealed by the caller (ID numbers masked, ciphertexts opaque). */
export interface NewVersion {
  snapshot: Snapshot
  /** The content's index (derived with `deriveIndex` from the validated content). */
  index: FilingIndex
}

export type FilingCommand =
  | ({ type: 'submit' | 'resubmit' | 'amend'; subscribed: readonly string[] } & NewVersion)
  | { type: 'withdraw'; reason?: string }
  | { type: 'approve'; note?: string }
  | { type: 'return'; reasons: ReturnReason[] }
  | { type: 'reject'; reason: string }
  /** The owner deregisters their approved filing. */
  | { type: 'cancel'; reason?: string }
  /** The office (an admin) deregisters an approved filing, with a reason. */
  | { type: 'office-cancel'; reason: string }
  | { type: 'delete' }
  /** The timer: remind the owner of a returned filing that its fix-by date is near. */
  | { type: 'remind' }

export interface LifecycleEnv {
  now: Date
  config: JurisdictionConfig
  subscribe: SubscribeSettings
  /** The owner's consent credits (templateId → count) as stored before this transition. */
  credits: Credits
}

export type RefusalCode = 'forbidden' | 'invalid_state' | 'invalid_payload' | 'recused' | 'not_due'

export interface Refusal {
  ok: false
  code: RefusalCode
  message: string
  recusal?: RecusalReason
}

export interface Effects {
  /** The record to write (version + 1), or null when the record is removed. */
  next: FilingState | null
  event: FilingEvent
  /** The message owed and paid for, or null. */
  message: OwedMessage | null
  /** Why an owed message is not sent (no consent / not configured), for the audit. */
  unsent: OweResult['unsent']
  /** Credits of the owner: template ids to add one to, and the one to take one from. */
  credits: { grant: string[]; spend: string | null }
  /** Account keys this filing must hold after the write, and those it lets go. */
  claims: { hold: string[]; release: string[] }
  /** What the transition means for leads on its accounts (supervision), applied after the unit. */
  leads: LeadFollowUp | null
}

export interface Plan {
  ok: true
  /** Non-null: take the next value of this counter inside the unit and pass it to complete. */
  numberRequest: { counter: string } | null
  complete(seq: number | null): Effects
}

const OWNER_COMMANDS = new Set<FilingCommand['type']>(['submit', 'resubmit', 'amend', 'withdraw', 'cancel', 'delete'])
const OFFICE_COMMANDS = new Set<FilingCommand['type']>(['approve', 'return', 'reject', 'office-cancel'])

/** The counter a year's filing numbers come from. */
export function filingNumberCounter(year: string): string {
  return `filing-number-${year}`
}

/** Monday of the local week of an instant (the statistics' week bucket). */
export function weekOf(instant: string, timezone: string): string {
  const day = localDate(instant, timezone)
  return addDays(day, -((weekday(day) + 6) % 7))
}

/** Fields a record written by an older version may lack. */
function normalise(f: FilingState): FilingState {
  return { ...f, fixBy: f.fixBy ?? null, publicKeys: f.publicKeys ?? [], claimKeys: f.claimKeys ?? [], reminders: f.reminders ?? [] }
}

function roleOf(f: FilingState, command: FilingCommand, actor: FilingActor): ActorRole {
  if (actor.kind === 'anonymous') return 'anonymous'
  if (actor.kind === 'system') return 'system'
  if (OFFICE_COMMANDS.has(command.type)) return actor.kind === 'reviewer' || actor.kind === 'admin' ? actor.kind : 'other'
  return isManager(f, actor.openid) ? 'owner' : 'other'
}

const unique = (xs: Iterable<string>) => [...new Set(xs)]

/**
 * Everything derived from the record's versions and status: merged lookup keys, the keys it
 * holds, the keys the public finds it by, the search text, the sort key and the week.
 */
export function withDerivedState(f: FilingState, config: Pick<JurisdictionConfig, 'timezone'>): FilingState {
  const working = contentOf(f.working)
  const approved = f.approved ? contentOf(f.approved) : null
  const index = { ...f.index, accountKeys: unique([...lookupKeysOf(working), ...(approved ? lookupKeysOf(approved) : [])]) }
  return {
    ...f,
    index,
    claimKeys: isLive(f.status) ? unique([...accountKeysOf(working), ...(approved ? accountKeysOf(approved) : [])]) : [],
    publicKeys: approved ? lookupKeysOf(approved) : [],
    searchText: searchTextOf([...searchTermsOf(working), ...(approved ? searchTermsOf(approved) : [])], f.filingNumber),
    sortAt: f.submittedAt ?? f.updatedAt,
    submittedWeek: f.submittedAt ? weekOf(f.submittedAt, config.timezone) : null
  }
}

/** The approved version back in place of a withdrawn or rejected amendment. */
function restoreApproved(f: FilingState): Partial<FilingState> {
  if (!f.approved) return {}
  const { content, secrets, index, form } = f.approved
  return { working: form ? { content, secrets, form } : { content, secrets }, index }
}

function payloadOf(command: FilingCommand): TransitionPayload {
  switch (command.type) {
    case 'return':
      return { reasons: command.reasons }
    case 'reject':
    case 'withdraw':
    case 'cancel':
    case 'office-cancel':
      return { reason: command.reason }
    default:
      return {}
  }
}

function workflowAction(command: FilingCommand): WorkflowAction | null {
  if (command.type === 'remind') return null
  return command.type === 'office-cancel' ? 'cancel' : command.type
}

/** Whether a returned filing's fix-by reminder is due now (and not sent yet). */
export function reminderDue(f: Pick<FilingState, 'status' | 'fixBy' | 'reminders'>, now: Date, config: JurisdictionConfig): boolean {
  if (f.status !== 'returned' || !f.fixBy || (f.reminders ?? []).includes(`fixBy:${f.fixBy}`)) return false
  const today = localDate(now, config.timezone)
  return today <= f.fixBy && workingDaysBetween(today, f.fixBy, config) <= config.correction.remindWorkingDaysBefore
}

/** The latest fix-by date whose reminder is due today: the timer lists returned filings up to it. */
export function reminderHorizon(now: Date, config: JurisdictionConfig): string {
  return addWorkingDays(localDate(now, config.timezone), config.correction.remindWorkingDaysBefore, config)
}

export function planFiling(stored: FilingState, command: FilingCommand, actor: FilingActor, env: LifecycleEnv): Refusal | Plan {
  const cur = normalise(stored)
  const role = roleOf(cur, command, actor)
  const at = env.now.toISOString()

  if (OFFICE_COMMANDS.has(command.type) && (role === 'reviewer' || role === 'admin')) {
    const recusal = recusalReason(cur, actor)
    if (recusal) return { ok: false, code: 'recused', message: RECUSAL_MESSAGES[recusal], recusal }
  }

  if (command.type === 'remind') {
    if (role !== 'system') return { ok: false, code: 'forbidden', message: '只有系统定时任务可以发送提醒' }
    if (!reminderDue(cur, env.now, env.config)) return { ok: false, code: 'not_due', message: '提醒未到期或已发送' }
    const event: FilingEvent = { action: 'remind', from: cur.status, to: cur.status, actorRole: role, actorOpenid: null, at, fixBy: cur.fixBy ?? undefined }
    const next: FilingState = { ...cur, reminders: [...cur.reminders, `fixBy:${cur.fixBy}`], version: cur.version + 1, updatedAt: at }
    return { ok: true, numberRequest: null, complete: () => finish(cur, next, event, [], env) }
  }

  const action = workflowAction(command) as WorkflowAction
  if (OWNER_COMMANDS.has(command.type) && role === 'other') return { ok: false, code: 'forbidden', message: '这不是您提交的备案，无法操作' }
  if (command.type === 'office-cancel' && role !== 'admin') return { ok: false, code: 'forbidden', message: '只有管理员可以注销备案' }
  if (command.type === 'cancel' && role !== 'owner') return { ok: false, code: 'forbidden', message: '这不是您提交的备案，无法操作' }

  const firstApproval = command.type === 'approve' && cur.filingNumber === null
  const input = { status: cur.status, hasApprovedVersion: cur.approved !== null }
  const check = transition(input, action, { role, openid: actor.openid }, env.now, { ...payloadOf(command), ...(firstApproval ? { filingNumber: 'pending' } : {}) })
  if (!check.ok) return { ok: false, code: check.code, message: check.message }
  const year = localDate(env.now, env.config.timezone).slice(0, 4)

  return {
    ok: true,
    numberRequest: firstApproval ? { counter: filingNumberCounter(year) } : null,
    complete(seq) {
      const filingNumber = firstApproval ? formatFilingNumber(env.config, Number(year), seq ?? 0) : undefined
      const t = transition(input, action, { role, openid: actor.openid }, env.now, { ...payloadOf(command), ...(filingNumber ? { filingNumber } : {}) })
      if (!t.ok) throw new Error(`transition refused after planning: ${t.message}`)
      const e = t.event
      const event: FilingEvent = { ...e, ...(command.type === 'approve' && command.note?.trim() ? { note: command.note.trim() } : {}) }
      const next = apply(cur, command, e.to, event, filingNumber ?? null, env)
      if (event.action === 'return' && next) event.fixBy = next.fixBy ?? undefined
      const grants = 'subscribed' in command ? creditsGranted(command.subscribed, env.subscribe) : []
      return finish(cur, next, event, grants, env)
    }
  }
}

/** The record after `command` (before derived fields), or null when it is removed. */
function apply(cur: FilingState, command: FilingCommand, to: FilingStatus, event: FilingEvent, number: string | null, env: LifecycleEnv): FilingState | null {
  const at = event.at
  const decided = { decidedAt: at, reviewDueDate: null }
  const base: FilingState = { ...cur, status: to, version: cur.version + 1, updatedAt: at }
  switch (command.type) {
    case 'submit':
    case 'resubmit':
    case 'amend':
      return {
        ...base,
        // What is filed is frozen with its form: later config or template changes cannot alter the copy staff print.
        working: { ...command.snapshot, form: frozenSheet(contentOf(command.snapshot), env.config, at) },
        index: command.index,
        submittedAt: at,
        // The act of filing is the first submission; whether it came after the due date is kept (逾期备案).
        firstSubmittedAt: cur.firstSubmittedAt ?? at,
        filedLate: cur.firstSubmittedAt ? (cur.filedLate ?? false) : filedAfterDue(command.index.dueDate, at, env.config.timezone),
        reviewDueDate: reviewDueDate(at, env.config),
        returnReasons: [],
        fixBy: null,
        rejectReason: null
      }
    case 'withdraw':
      return to === 'approved' ? { ...base, ...restoreApproved(cur), reviewDueDate: null, returnReasons: [], fixBy: null } : { ...base, reviewDueDate: null, fixBy: null }
    case 'approve': {
      const filingNumber = number ?? cur.filingNumber
      return {
        ...base,
        ...decided,
        filingNumber,
        approved: { ...cur.working, approvedAt: at, index: { ...cur.index, accountKeys: lookupKeysOf(contentOf(cur.working)) } },
        returnReasons: [],
        returnedContent: null,
        rejectReason: null,
        fixBy: null
      }
    }
    case 'return':
      // What staff saw when returning it: a resubmission shows what changed since.
      return { ...base, ...decided, returnReasons: event.reasons ?? [], returnedContent: cur.working.content, fixBy: addWorkingDays(localDate(at, env.config.timezone), env.config.correction.workingDays, env.config) }
    case 'reject':
      return to === 'approved' ? { ...base, ...restoreApproved(cur), ...decided, rejectReason: event.reason ?? null } : { ...base, ...decided, rejectReason: event.reason ?? null }
    case 'cancel':
    case 'office-cancel':
      return { ...base, ...decided }
    case 'delete':
    case 'remind':
      return command.type === 'delete' ? null : base
  }
}

function finish(cur: FilingState, raw: FilingState | null, event: FilingEvent, grants: string[], env: LifecycleEnv): Effects {
  const next = raw ? withDerivedState(raw, env.config) : null
  const credits: Record<string, number> = { ...env.credits }
  for (const id of grants) credits[id] = (credits[id] ?? 0) + 1
  const shown = next ?? cur
  const request = filingMessage(event, { id: cur.id, ownerOpenid: cur.ownerOpenid, accountNames: shown.index.accountNames, filingNumber: shown.filingNumber }, env.config)
  const owed: OweResult = request ? oweMessage(request, env.subscribe, credits, env.config.timezone) : { message: null, spend: null, unsent: null }
  const hold = next?.claimKeys ?? []
  return {
    next,
    event,
    message: owed.message,
    unsent: owed.unsent,
    credits: { grant: grants, spend: owed.spend },
    claims: { hold, release: cur.claimKeys.filter((k) => !hold.includes(k)) },
    leads: leadFollowUp(event, next)
  }
}

/** An editable filing with a new working version (autosave, correction); not a transition. */
export function editWorking(stored: FilingState, version: NewVersion, actor: FilingActor, now: Date, config: JurisdictionConfig): Refusal | { ok: true; next: FilingState } {
  const cur = normalise(stored)
  if (!isManager(cur, actor.openid)) return { ok: false, code: 'forbidden', message: NOT_A_MANAGER }
  if (!isEditable(cur.status)) return { ok: false, code: 'invalid_state', message: '该备案已提交或已办结，不能再修改草稿；如需变更请使用“变更备案”' }
  const at = now.toISOString()
  return { ok: true, next: withDerivedState({ ...cur, working: version.snapshot, index: version.index, version: cur.version + 1, updatedAt: at }, config) }
}

/** A new draft owned by `ownerOpenid`. */
export function newDraft(id: string, ownerOpenid: string, version: NewVersion, now: Date, config: JurisdictionConfig): FilingState {
  const at = now.toISOString()
  return withDerivedState(
    {
      id,
      ownerOpenid,
      status: 'draft',
      version: 1,
      working: version.snapshot,
      approved: null,
      filingNumber: null,
      returnReasons: [],
      fixBy: null,
      rejectReason: null,
      createdAt: at,
      updatedAt: at,
      submittedAt: null,
      decidedAt: null,
      reviewDueDate: null,
      submittedWeek: null,
      sortAt: at,
      searchText: '',
      index: version.index,
      publicKeys: [],
      claimKeys: [],
      reminders: [],
      demo: false
    },
    config
  )
}
