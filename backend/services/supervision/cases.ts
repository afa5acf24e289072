/**
 * Case files: opening one for a filing or a lead, and taking a step. Core's aggregate decides
 * (order, deadlines, effects); this loads, checks attachments, takes a notice number when the
 * step comes with a notice, and writes case + audit + message in one unit.
 */
import {
  applyCaseStep,
  caseMessageRequest,
  checkCaseStep,
  formatSerial,
  leadStep,
  localDate,
  noticeKindOf,
  remindCase,
  stepAttachments,
  type CaseContext,
  type CaseFile,
  type CaseStepInput,
  type CaseSubject,
  type SupervisionActor,
  platformLabel
} from '../../core'
import type { Ctx, UserCtx } from '../../entry/action'
import { AppError, errors } from '../../errors'
import type { CaseRecord, LeadRecord } from '../../ports/records'
import type { UnitOfWork } from '../../ports/store.port'
import type { Runtime } from '../../runtime/runtime'
import { grantCredits, queueOwed } from '../notify'
import { assertNotRecused, assertSameVersion, auditEntry, checkAttachments, holdAttachments, loadCase, loadLead } from './support'

export const caseCounter = (year: string) => `case-${year}`
export const noticeCounter = (kind: 'summon' | 'order', year: string) => `notice-${kind}-${year}`

function refusal(r: { code: string; message: string; fields?: Record<string, string> }): AppError {
  if (r.code === 'forbidden') return errors.forbidden(r.message)
  if (r.code === 'invalid_state') return errors.invalidState(r.message)
  return errors.invalid(r.message, r.fields)
}

export interface OpenCaseInput {
  filingId?: string
  leadId?: string
  summary: string
}

/** Opens a case for a filing (its owner becomes the operator) or a lead (escalated in the same unit). */
export async function openCase(ctx: UserCtx, input: OpenCaseInput): Promise<CaseRecord> {
  const { store, config } = ctx.rt
  let subject: CaseSubject
  let operator: string | null = null
  let lead: LeadRecord | null = null
  if (input.filingId) {
    const f = await store.filings.get(input.filingId)
    if (!f || f.status === 'draft') throw errors.notFound('找不到该备案，请返回列表刷新')
    const names = f.index.accountNames
    subject = {
      filingId: f.id,
      filingNumber: f.filingNumber,
      leadId: null,
      platform: f.index.platforms[0] ?? 'other',
      platformName: f.index.platforms.map((p) => platformLabel(p, config)).join('、'),
      accountName: names.join('、').slice(0, 60),
      town: f.index.town
    }
    operator = f.ownerOpenid
    await assertNotRecused(ctx, f, 'case-open')
  } else {
    lead = await loadLead(ctx, input.leadId ?? '')
    const step = leadStep({ status: lead.status, urged: lead.urges.length > 0, caseId: lead.caseId }, 'escalate', ctx.caller.role === 'admin' ? 'admin' : 'reviewer')
    if (!step.ok) throw refusal(step)
    subject = { filingId: null, filingNumber: null, leadId: lead.id, platform: lead.platform, platformName: platformLabel(lead.platform, config), accountName: lead.accountName, town: lead.town }
  }
  const busy = await store.cases.list(input.filingId ? { filingId: input.filingId } : { leadId: input.leadId }, 20)
  const open = busy.find((c) => c.stage !== 'closed')
  if (open) throw errors.invalidState(`该账号已有办理中的案件（${open.caseNumber}），请在该案件中继续办理`)

  const at = ctx.now.toISOString()
  const year = localDate(ctx.now, config.timezone).slice(0, 4)
  return store.runUnit(async (tx) => {
    const seq = await tx.counters.next(caseCounter(year))
    const c: CaseRecord = {
      id: ctx.rt.ids.newId(),
      caseNumber: formatSerial(config.supervision.caseFormat, Number(year), seq),
      version: 1,
      stage: 'open',
      summary: input.summary,
      subject,
      operatorOpenid: operator,
      officerOpenid: ctx.caller.openid,
      officerName: ctx.caller.staffName ?? '工作人员',
      steps: [],
      publicNotice: null,
      publicActive: false,
      reminderOn: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      closeOutcome: null
    }
    await tx.cases.insert(c)
    if (lead) {
      const cur = await tx.leads.get(lead.id)
      if (!cur || cur.version !== lead.version) throw errors.conflict()
      await tx.leads.replaceIfVersion({ ...cur, version: cur.version + 1, status: 'escalated', caseId: c.id, updatedAt: at }, cur.version)
      await tx.audit.insert(auditEntry(ctx, 'lead-escalate', cur.id, { caseId: c.id, caseNumber: c.caseNumber }))
    }
    await tx.audit.insert(auditEntry(ctx, 'case-opened', c.id, { caseNumber: c.caseNumber, summary: c.summary, filingId: subject.filingId, leadId: subject.leadId }, subject.filingId))
    return c
  })
}

/** Whether the account the case is about now holds an approved filing. */
async function accountFiled(ctx: Ctx, c: CaseFile): Promise<boolean> {
  if (c.subject.filingId) {
    const f = await ctx.rt.store.filings.get(c.subject.filingId)
    return f !== null && (f.status === 'approved' || f.status === 'amending')
  }
  if (c.subject.leadId) return (await ctx.rt.store.leads.get(c.subject.leadId))?.status === 'filed'
  return false
}

/** A case message to the operator, under the policy and against their consent credit (none: not sent). */
async function queueCaseMessage(ctx: Ctx, tx: UnitOfWork, c: CaseFile, message: ReturnType<typeof applyCaseStep>['message'], reminder = false): Promise<boolean> {
  if (!message || !c.operatorOpenid) return false
  return (await queueOwed(ctx, tx, c.id, caseMessageRequest({ ...c, operatorOpenid: c.operatorOpenid }, message, ctx.now.toISOString(), reminder))) === null
}

export interface StepRequest {
  id: string
  version: number
  step: CaseStepInput
  /** Templates the operator accepted in this tap (evidence). */
  subscribed?: string[]
}

/** Takes one step as staff (`actor` = role) or as the operator. */
export async function runCaseStep(ctx: UserCtx, req: StepRequest, actor: SupervisionActor): Promise<CaseRecord> {
  const { rt } = ctx
  const c = await loadCase(ctx, req.id)
  if (actor === 'operator' && c.operatorOpenid !== ctx.caller.openid) throw errors.forbidden('这不是您的账号的案件，无法操作')
  if (actor !== 'operator' && c.subject.filingId) {
    const filing = await rt.store.filings.get(c.subject.filingId)
    if (filing) await assertNotRecused(ctx, filing, `case-${req.step.type}`)
  }
  assertSameVersion(c, req.version)
  const caseCtx: CaseContext = { now: ctx.now, config: rt.config, accountFiled: req.step.type === 'close' && req.step.outcome === 'filed' ? await accountFiled(ctx, c) : false }
  const check = checkCaseStep(c, req.step, actor, caseCtx)
  if (!check.ok) throw refusal(check)
  if (req.step.type === 'interview') await checkAttachments(ctx, req.step.signedRecord, 'signed_record', c.id, '约谈记录照片', 'signedRecord')
  if (req.step.type === 'evidence') await checkAttachments(ctx, req.step.files, 'rectification_evidence', c.id, '整改材料照片', 'files')
  await holdAttachments(ctx, stepAttachments(req.step))

  return rt.store.runUnit(async (tx) => {
    const cur = await tx.cases.get(c.id)
    if (!cur || cur.version !== req.version) throw errors.conflict()
    const kind = noticeKindOf(req.step.type)
    let noticeNumber: string | null = null
    if (kind) {
      const year = localDate(ctx.now, rt.config.timezone).slice(0, 4)
      const format = kind === 'summon' ? rt.config.supervision.summonNoticeFormat : rt.config.supervision.orderNoticeFormat
      noticeNumber = formatSerial(format, Number(year), await tx.counters.next(noticeCounter(kind, year)))
    }
    const meta = { stepId: rt.ids.newId(), by: ctx.caller.openid, byName: actor === 'operator' ? '运营者' : ctx.caller.staffName ?? '工作人员', noticeNumber }
    const effect = applyCaseStep(cur, req.step, actor, meta, caseCtx)
    if (!(await tx.cases.replaceIfVersion(effect.next, cur.version))) throw errors.conflict()
    await tx.audit.insert(auditEntry(ctx, effect.audit.action, cur.id, effect.audit.detail, cur.subject.filingId))
    // The operator's tap (evidence) grants its credits before this step's own message is owed.
    if (actor === 'operator' && req.subscribed?.length) await grantCredits(ctx, tx, ctx.caller.openid, req.subscribed)
    await queueCaseMessage(ctx, tx, effect.next, effect.message)
    return effect.next
  })
}

/** The timer's pass: one reminder per pending deadline whose reminder day has come. */
export async function sendDueReminders(rt: Runtime, limit = 100): Promise<{ reminded: number }> {
  const now = rt.clock.now()
  const ctx: Ctx = { rt, now, caller: { openid: null, role: 'system' } }
  const due = await rt.store.cases.dueForReminder(localDate(now, rt.config.timezone), limit)
  let reminded = 0
  for (const c of due) {
    const done = await rt.store.runUnit(async (tx) => {
      const cur = await tx.cases.get(c.id)
      if (!cur) return false
      const r = remindCase(cur, now, rt.config)
      if (!r) {
        // Nothing due after all (already reminded, or the deadline passed): clear the index.
        if (cur.reminderOn !== null) await tx.cases.replaceIfVersion({ ...cur, version: cur.version + 1, reminderOn: null }, cur.version)
        return false
      }
      if (!(await tx.cases.replaceIfVersion(r.next, cur.version))) return false
      const sent = await queueCaseMessage(ctx, tx, r.next, r.message, true)
      await tx.audit.insert(auditEntry(ctx, 'case-reminder', cur.id, { stepId: r.step.id, deadline: r.step.deadline, sent }, cur.subject.filingId))
      return true
    })
    if (done) reminded++
  }
  return { reminded }
}
