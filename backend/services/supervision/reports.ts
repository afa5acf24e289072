/**
 * Reports (举报): receiving one with a readable receipt number (an atomic, gap-free counter per
 * year, like filing numbers), and closing one — by staff or, when the lead it was linked to ends
 * with the account filed, by the system — with the reporter's message queued in the same unit.
 */
import { formatSerial, LIVE_STATUSES, localDate, nameKey, reportClosedRequest, reportStep, type ReportClose, type SupervisionActor } from '../../core'
import type { Ctx, UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { ReportRecord } from '../../ports/records'
import type { UnitOfWork } from '../../ports/store.port'
import { grantCredits, queueOwed } from '../notify'
import { countCall } from '../rate-limit'
import { auditEntry, checkAttachments, holdAttachments } from './support'

export const receiptCounter = (year: string) => `report-receipt-${year}`

export interface NewReport {
  platform: string
  accountName: string
  reason: string
  details: string
  evidence: string[]
  subscribed: string[]
}

export async function receiveReport(ctx: UserCtx, input: NewReport): Promise<ReportRecord> {
  const { store, ids, config } = ctx.rt
  await checkAttachments(ctx, input.evidence, 'report_evidence', null, '举报截图', 'evidence')
  await holdAttachments(ctx, input.evidence)
  const [filing] = await store.filings.findByAccountKeys([nameKey(input.platform, input.accountName)], [...LIVE_STATUSES])
  const at = ctx.now.toISOString()
  const year = localDate(ctx.now, config.timezone).slice(0, 4)
  const id = ids.newId()
  return store.runUnit(async (tx) => {
    // The daily limit's count, the receipt number and the report land together: a refused or
    // failed insert rolls both back, so the limit holds under concurrent reports and numbers have no gaps.
    await countCall(ctx, tx, 'report', `；紧急情况请致电${config.office.phone}`)
    const seq = await tx.counters.next(receiptCounter(year))
    const report: ReportRecord = {
      id,
      version: 1,
      receiptNumber: formatSerial(config.supervision.receiptFormat, Number(year), seq),
      reporterOpenid: ctx.caller.openid,
      platform: input.platform,
      accountName: input.accountName,
      filingId: filing?.id ?? null,
      reason: input.reason,
      details: input.details,
      evidence: input.evidence,
      at,
      updatedAt: at,
      status: 'open',
      assigneeOpenid: null,
      assigneeName: null,
      leadId: null,
      caseId: null,
      outcome: null,
      outcomeNote: '',
      closedAt: null
    }
    await tx.reports.insert(report)
    await grantCredits(ctx, tx, ctx.caller.openid, input.subscribed)
    await tx.audit.insert(auditEntry(ctx, 'report-received', id, { receiptNumber: report.receiptNumber, evidence: input.evidence.length }, report.filingId))
    return report
  })
}

/** Writes a closed report, its audit entry and (if the reporter subscribed) its message, inside `tx`. */
export async function closeReportIn(ctx: Ctx, tx: UnitOfWork, report: ReportRecord, close: ReportClose, actor: SupervisionActor): Promise<ReportRecord> {
  const step = reportStep(report.status, 'close', actor)
  if (!step.ok) throw step.code === 'forbidden' ? errors.forbidden(step.message) : errors.invalidState(step.message)
  const at = ctx.now.toISOString()
  const next: ReportRecord = { ...report, version: report.version + 1, status: step.to, outcome: close.outcome, outcomeNote: close.note, closedAt: at, updatedAt: at }
  if (!(await tx.reports.replaceIfVersion(next, report.version))) throw errors.conflict()
  // Only against the reporter's consent credit (granted in the report tap); none left, nothing is sent.
  const unsent = await queueOwed(ctx, tx, report.id, reportClosedRequest({ reporterOpenid: report.reporterOpenid, receiptNumber: report.receiptNumber, accountName: report.accountName, outcome: close.outcome, closedAt: at }))
  await tx.audit.insert(auditEntry(ctx, 'report-close', report.id, { receiptNumber: report.receiptNumber, outcome: close.outcome, by: actor, notified: unsent === null, ...(unsent ? { unsent } : {}) }, report.filingId))
  return next
}
