/**
 * The case file (案件): one per account or filing under supervision, a dated list of typed
 * steps. This aggregate owns each step's whole effect: given the case, the step, the actor and
 * `now`, it answers the next case (stage, deadlines, reminder date, public notice), the audit
 * entry and the messages owed to the operator. The backend only loads, calls it and writes.
 *
 *   open ─urge→ urged ─urge→ urged
 *   open | urged ─summon (约谈通知书)→ summoned ─interview (minutes, signed record)→ interviewed
 *   interviewed ─order (整改通知书: items, deadline)→ rectifying ─evidence (operator)→ evidence_submitted
 *   evidence_submitted ─review accept→ rectified   ─review reject (new deadline)→ rectifying
 *   interviewed | rectifying ─sanction (admin: 警告/限制发布/暂停更新/永久关闭)→ sanctioned
 *   publicize (admin, 公示) from any stage after the first measure; stage unchanged
 *   close from any open stage; 'rectified' only once rectified, 'sanctioned' only once sanctioned.
 * Closing withdraws the 公示 entry unless the case ended with a sanction.
 */
import { addWorkingDays } from '../calendar'
import { instantAt, isIsoDate, isIsoInstant, localDate, localDateTime } from '../dates'
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { refuse, STAFF_ACTORS, type Decided, type SupervisionActor } from './common'
import { checkDeadline } from './deadlines'
import { CASE_STAGE_LABELS, OPEN_CASE_STAGES, type CaseStage } from './stages'
import { CASE_STEP_LABELS, CLOSE_OUTCOMES, stepAttachments, type CaseStepInput, type CaseStepType, type CloseOutcome } from './case-steps'

export { CASE_STAGES, CASE_STAGE_LABELS, OPEN_CASE_STAGES, type CaseStage } from './stages'

const OPEN_STAGES = OPEN_CASE_STAGES
const STEP_RULES: Readonly<Record<CaseStepType, { from: readonly CaseStage[]; roles: readonly SupervisionActor[] }>> = {
  urge: { from: ['open', 'urged'], roles: STAFF_ACTORS },
  summon: { from: ['open', 'urged'], roles: STAFF_ACTORS },
  interview: { from: ['summoned'], roles: STAFF_ACTORS },
  order: { from: ['interviewed'], roles: STAFF_ACTORS },
  evidence: { from: ['rectifying'], roles: ['operator'] },
  review: { from: ['evidence_submitted'], roles: STAFF_ACTORS },
  sanction: { from: ['interviewed', 'rectifying'], roles: ['admin'] },
  publicize: { from: ['urged', 'interviewed', 'rectifying', 'evidence_submitted', 'rectified', 'sanctioned'], roles: ['admin'] },
  close: { from: OPEN_STAGES, roles: STAFF_ACTORS }
}
const STEP_ORDER: readonly CaseStepType[] = ['urge', 'summon', 'interview', 'order', 'evidence', 'review', 'sanction', 'publicize', 'close']

/** What the case is about: a filed account (filingId) or a known unfiled one (leadId). */
export interface CaseSubject {
  filingId: string | null
  filingNumber: string | null
  leadId: string | null
  platform: string
  platformName: string
  accountName: string
  town: string | null
}

export interface CaseStepRecord {
  id: string
  type: CaseStepType
  at: string
  /** openid of the officer (or the operator for evidence); null for the system. */
  by: string | null
  byName: string
  /** Local date by which something is due (filing, talk, rectification), else null. */
  deadline: string | null
  attachments: string[]
  data: CaseStepInput
  /** 文号 of the generated notice (约谈通知书, 整改通知书). */
  noticeNumber: string | null
  remindedAt: string | null
}

export interface PublicNotice {
  stepId: string
  name: string
  measure: string
  publishedAt: string
  withdrawnAt: string | null
}

export interface CaseFile {
  id: string
  caseNumber: string
  version: number
  stage: CaseStage
  /** 案由: why the case was opened. */
  summary: string
  subject: CaseSubject
  /** The filing's owner, who receives notices and answers orders; null for an unfiled account. */
  operatorOpenid: string | null
  officerOpenid: string
  officerName: string
  steps: CaseStepRecord[]
  publicNotice: PublicNotice | null
  /** Indexed copy of "the 公示 entry is live". */
  publicActive: boolean
  /** Local date on which the next deadline reminder is due; null when none is pending. */
  reminderOn: string | null
  createdAt: string
  updatedAt: string
  closedAt: string | null
  closeOutcome: CloseOutcome | null
}

export interface CaseContext {
  now: Date
  config: JurisdictionConfig
  /** The account now has an approved filing (a 'filed' close needs it). */
  accountFiled: boolean
}

/** Steps `actor` may take on a case in `stage` (for the screen's choice and refusal messages). */
export function availableCaseSteps(c: Pick<CaseFile, 'stage' | 'publicActive'>, actor: SupervisionActor): CaseStepType[] {
  return STEP_ORDER.filter((t) => STEP_RULES[t].from.includes(c.stage) && STEP_RULES[t].roles.includes(actor) && !(t === 'publicize' && c.publicActive))
}

const ID_OR_PHONE = /\d{17}[\dXx]|\d{15}|1[3-9]\d{9}/

/** Why a step cannot be taken now, or null. Shape was checked by CaseStepInputSchema. */
export function checkCaseStep(c: CaseFile, step: CaseStepInput, actor: SupervisionActor, ctx: CaseContext): Decided<object> {
  const rule = STEP_RULES[step.type]
  const label = CASE_STEP_LABELS[step.type]
  if (!rule.roles.includes(actor)) {
    return refuse('forbidden', actor === 'reviewer' ? `“${label}”须由管理员办理` : `您没有权限办理“${label}”`)
  }
  if (!rule.from.includes(c.stage)) {
    const next = availableCaseSteps(c, actor).map((t) => CASE_STEP_LABELS[t])
    return refuse('invalid_state', `案件当前为“${CASE_STAGE_LABELS[c.stage]}”，不能办理“${label}”${next.length ? `；现在可以办理：${next.join('、')}` : ''}`)
  }
  const { now, config } = ctx
  const today = localDate(now, config.timezone)
  switch (step.type) {
    case 'urge':
    case 'order':
      return checkDeadline(step.deadline, now, config, step.type === 'urge' ? '截止日期' : '整改截止日期') ?? { ok: true }
    case 'summon': {
      if (!isIsoInstant(step.appointmentAt)) return refuse('invalid_payload', '约谈时间格式无效，请重新选择', 'appointmentAt')
      if (Date.parse(step.appointmentAt) <= now.getTime()) return refuse('invalid_payload', '约谈时间不能早于现在，请选择今后的时间', 'appointmentAt')
      if (localDate(step.appointmentAt, config.timezone) > addWorkingDays(today, 60, config)) return refuse('invalid_payload', '约谈时间不能晚于60个工作日后，请重新选择', 'appointmentAt')
      return { ok: true }
    }
    case 'interview': {
      if (!isIsoInstant(step.heldAt)) return refuse('invalid_payload', '约谈实际时间格式无效，请重新选择', 'heldAt')
      if (Date.parse(step.heldAt) > now.getTime() + 5 * 60_000) return refuse('invalid_payload', '约谈记录只能在约谈之后填写：实际时间不能晚于现在', 'heldAt')
      // Times are entered to the minute: a talk in the minute the case was opened is not "before" it.
      if (Date.parse(step.heldAt) < Math.floor(Date.parse(c.createdAt) / 60_000) * 60_000) return refuse('invalid_payload', '约谈实际时间不能早于立案时间，请核对', 'heldAt')
      return { ok: true }
    }
    case 'review':
      if (step.verdict === 'accept') return { ok: true }
      if (step.note.length < 4) return refuse('invalid_payload', '验收不通过时请写明原因（至少4个字），运营者将据此继续整改', 'note')
      if (!step.deadline) return refuse('invalid_payload', '验收不通过时请选择新的整改截止日期', 'deadline')
      return checkDeadline(step.deadline, now, config, '新的整改截止日期') ?? { ok: true }
    case 'sanction':
      if (!isIsoDate(step.effectiveOn)) return refuse('invalid_payload', '处置生效日期格式应为 年-月-日，请重新选择', 'effectiveOn')
      if (step.effectiveOn < c.createdAt.slice(0, 10)) return refuse('invalid_payload', '处置生效日期不能早于立案日期，请核对', 'effectiveOn')
      return { ok: true }
    case 'publicize':
      if (c.publicActive) return refuse('invalid_state', '该案件已在公示中，无需重复公示')
      if (ID_OR_PHONE.test(step.name) || ID_OR_PHONE.test(step.measure)) return refuse('invalid_payload', '公示内容不能包含身份证号码或手机号码，请删除后再公示', ID_OR_PHONE.test(step.name) ? 'name' : 'measure')
      return { ok: true }
    case 'close':
      if ((step.outcome === 'unfounded' || step.outcome === 'other') && step.note.length < 4) return refuse('invalid_payload', '请写明结案理由（至少4个字）', 'note')
      if (step.outcome === 'rectified' && c.stage !== 'rectified') return refuse('invalid_state', '整改尚未验收通过，不能以“整改完成”结案', 'outcome')
      if (step.outcome === 'sanctioned' && c.stage !== 'sanctioned') return refuse('invalid_state', '尚未作出处置，不能以“已依法处置”结案', 'outcome')
      if (step.outcome === 'filed' && !ctx.accountFiled) return refuse('invalid_state', '该账号尚未通过备案，不能以“已完成备案”结案', 'outcome')
      return { ok: true }
    case 'evidence':
      return { ok: true }
  }
}

/** The stage a step leads to. */
function stageAfter(c: CaseFile, step: CaseStepInput): CaseStage {
  switch (step.type) {
    case 'urge':
      return 'urged'
    case 'summon':
      return 'summoned'
    case 'interview':
      return 'interviewed'
    case 'order':
      return 'rectifying'
    case 'evidence':
      return 'evidence_submitted'
    case 'review':
      return step.verdict === 'accept' ? 'rectified' : 'rectifying'
    case 'sanction':
      return 'sanctioned'
    case 'publicize':
      return c.stage
    case 'close':
      return 'closed'
  }
}

function deadlineOf(step: CaseStepInput, tz: string): string | null {
  if (step.type === 'urge' || step.type === 'order') return step.deadline
  if (step.type === 'summon') return localDate(step.appointmentAt, tz)
  if (step.type === 'review' && step.verdict === 'reject') return step.deadline ?? null
  return null
}

/** The step whose deadline the current stage waits on (the latest one of its kind). */
export function pendingDeadlineStep(c: Pick<CaseFile, 'stage' | 'steps'>): CaseStepRecord | null {
  const waitsOn: Partial<Record<CaseStage, readonly CaseStepType[]>> = { urged: ['urge'], summoned: ['summon'], rectifying: ['order', 'review'] }
  const types = waitsOn[c.stage]
  if (!types) return null
  for (let i = c.steps.length - 1; i >= 0; i--) if (types.includes(c.steps[i].type) && c.steps[i].deadline) return c.steps[i]
  return null
}

/** When the reminder for the pending deadline is due: N working days before it, today at the latest. */
export function reminderDate(c: Pick<CaseFile, 'stage' | 'steps'>, now: Date, config: JurisdictionConfig): string | null {
  const step = pendingDeadlineStep(c)
  if (!step || step.remindedAt || !step.deadline) return null
  const today = localDate(now, config.timezone)
  // A deadline already behind us gets no "before the deadline" reminder: staff see it as overdue.
  if (step.deadline < today) return null
  const on = addWorkingDays(step.deadline, -config.supervision.reminderWorkingDaysBefore, config)
  return on < today ? today : on
}

/** Which generated notice a step comes with (and so needs a 文号). */
export function noticeKindOf(type: CaseStepType): 'summon' | 'order' | null {
  return type === 'summon' ? 'summon' : type === 'order' ? 'order' : null
}

export const NOTICE_TITLES = { summon: '约谈通知书', order: '责令整改通知书' } as const

/** Slots of one operator message (caseNotice template); the caller fits them to WeChat's keys. */
export interface CaseMessage {
  noticeType: string
  /** An instant (ISO) or '' when the message carries no deadline. */
  deadline: string
  remark: string
}

function endOfOfficeDay(date: string, config: JurisdictionConfig): string {
  const close = config.office.hours.map((h) => h.to).sort().pop() ?? '17:30'
  return instantAt(date, close, config.timezone).toISOString()
}

function messageFor(c: CaseFile, step: CaseStepRecord, config: JurisdictionConfig): CaseMessage | null {
  const d = step.data
  switch (d.type) {
    case 'urge':
      return { noticeType: '督促备案通知', deadline: endOfOfficeDay(d.deadline, config), remark: `请于${d.deadline}前完成整改或登记备案` }
    case 'summon':
      return { noticeType: '约谈通知书', deadline: d.appointmentAt, remark: `请按时到${d.place}接受约谈` }
    case 'order':
      return { noticeType: '责令整改通知书', deadline: endOfOfficeDay(d.deadline, config), remark: `请于${d.deadline}前整改并提交材料` }
    case 'review':
      return d.verdict === 'accept'
        ? { noticeType: '整改验收通过', deadline: '', remark: '您提交的整改材料已验收通过' }
        : { noticeType: '整改验收未通过', deadline: d.deadline ? endOfOfficeDay(d.deadline, config) : '', remark: `请继续整改：${d.note}` }
    case 'sanction':
      return { noticeType: '处置决定', deadline: '', remark: `处置措施：${d.measure}（${d.documentNumber}）` }
    default:
      return null
  }
}

export interface StepEffect {
  next: CaseFile
  step: CaseStepRecord
  audit: { action: string; detail: Record<string, string | number | boolean | null | string[]> }
  /** Owed to the operator (only when the case has one). */
  message: CaseMessage | null
}

export interface StepMeta {
  stepId: string
  by: string | null
  byName: string
  /** 文号 for a step that comes with a notice (summon, order); from an atomic counter. */
  noticeNumber?: string | null
}

/**
 * Applies a step: the next case, its audit entry and the message owed. Call checkCaseStep first
 * (this function assumes the step is allowed and throws on a programming error otherwise).
 */
export function applyCaseStep(c: CaseFile, step: CaseStepInput, actor: SupervisionActor, meta: StepMeta, ctx: CaseContext): StepEffect {
  const allowed = checkCaseStep(c, step, actor, ctx)
  if (!allowed.ok) throw new Error(`applyCaseStep on a refused step: ${allowed.message}`)
  const { config, now } = ctx
  const at = now.toISOString()
  const record: CaseStepRecord = {
    id: meta.stepId,
    type: step.type,
    at,
    by: meta.by,
    byName: meta.byName,
    deadline: deadlineOf(step, config.timezone),
    attachments: stepAttachments(step),
    data: step,
    noticeNumber: meta.noticeNumber ?? null,
    remindedAt: null
  }
  const stage = stageAfter(c, step)
  let publicNotice = c.publicNotice
  if (step.type === 'publicize') publicNotice = { stepId: record.id, name: step.name, measure: step.measure, publishedAt: at, withdrawnAt: null }
  if (step.type === 'close' && publicNotice && !publicNotice.withdrawnAt && step.outcome !== 'sanctioned') publicNotice = { ...publicNotice, withdrawnAt: at }
  const draft: CaseFile = {
    ...c,
    stage,
    steps: [...c.steps, record],
    publicNotice,
    publicActive: publicNotice !== null && publicNotice.withdrawnAt === null,
    updatedAt: at,
    version: c.version + 1,
    closedAt: step.type === 'close' ? at : c.closedAt,
    closeOutcome: step.type === 'close' ? step.outcome : c.closeOutcome
  }
  const next = { ...draft, reminderOn: reminderDate(draft, now, config) }
  return {
    next,
    step: record,
    audit: { action: `case-${step.type}`, detail: auditDetail(c, next, record) },
    message: next.operatorOpenid ? messageFor(next, record, config) : null
  }
}

function auditDetail(before: CaseFile, after: CaseFile, s: CaseStepRecord): Record<string, string | number | boolean | null | string[]> {
  const d = s.data
  const base = { caseNumber: after.caseNumber, stepId: s.id, from: before.stage, to: after.stage, deadline: s.deadline, attachments: s.attachments }
  switch (d.type) {
    case 'interview':
      return { ...base, attendees: d.attendees.length, minutesChars: d.minutes.length }
    case 'review':
      return { ...base, verdict: d.verdict }
    case 'sanction':
      return { ...base, measure: d.measure, documentNumber: d.documentNumber, partner: d.partner }
    case 'publicize':
      return { ...base, name: d.name, measure: d.measure }
    case 'close':
      return { ...base, outcome: d.outcome, publicWithdrawn: before.publicActive && !after.publicActive }
    default:
      return { ...base, noticeNumber: s.noticeNumber }
  }
}

/** Marks the pending deadline's reminder as sent; answers the message owed (if an operator exists). */
export function remindCase(c: CaseFile, now: Date, config: JurisdictionConfig): { next: CaseFile; step: CaseStepRecord; message: CaseMessage | null } | null {
  const step = pendingDeadlineStep(c)
  const on = reminderDate(c, now, config)
  if (!step || !step.deadline || on === null || on > localDate(now, config.timezone)) return null
  const at = now.toISOString()
  const steps = c.steps.map((s) => (s.id === step.id ? { ...s, remindedAt: at } : s))
  const next: CaseFile = { ...c, steps, version: c.version + 1, updatedAt: at, reminderOn: null }
  const d = step.data
  const deadline = d.type === 'summon' ? d.appointmentAt : endOfOfficeDay(step.deadline, config)
  const remark = d.type === 'summon' ? `约谈时间：${localDateTime(d.appointmentAt, config.timezone)}` : `截止日期：${step.deadline}`
  return { next, step, message: c.operatorOpenid ? { noticeType: `${CASE_STEP_LABELS[step.type]}到期提醒`, deadline, remark } : null }
}

/** Short labels of how a case was closed. */
export function closeOutcomeLabel(o: CloseOutcome | null): string {
  return o ? CLOSE_OUTCOMES[o] : ''
}
