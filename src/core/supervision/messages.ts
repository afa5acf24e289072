/**
 * Subscription messages of the supervision side, as slot values fitted to the WeChat keys the
 * configuration maps them to: "your report was handled" to the reporter, and notices,
 * verdicts and reminders to an operator. Builders never throw.
 */
import type { JurisdictionConfig } from '../jurisdiction/schema'
import { fitTemplateData, type SubscribeMessage } from '../notify'
import { OPERATOR_CASE_PAGE, RECEIPT_PAGE } from '../routes'
import type { CaseFile, CaseMessage } from './case'
import { REPORT_OUTCOMES, type ReportOutcome } from './report'


export interface ClosedReport {
  receiptNumber: string
  accountName: string
  outcome: ReportOutcome
  closedAt: string
}

export function buildReportClosedMessage(r: ClosedReport, config: JurisdictionConfig, templateId: string): SubscribeMessage {
  const values = { receiptNumber: r.receiptNumber, accountName: r.accountName, result: '已办结', time: r.closedAt, remark: REPORT_OUTCOMES[r.outcome].forReporter }
  return {
    templateId,
    page: `${RECEIPT_PAGE}?n=${encodeURIComponent(r.receiptNumber)}`,
    data: fitTemplateData(config.subscribeTemplates.reportClosed.fields, values, config.timezone)
  }
}

/** `at` stands in for the time field when the message has no deadline: WeChat refuses an empty value (47003). */
export function buildCaseMessage(c: Pick<CaseFile, 'id' | 'subject'>, m: CaseMessage, at: string, config: JurisdictionConfig, templateId: string): SubscribeMessage {
  const values = { accountName: c.subject.accountName, noticeType: m.noticeType, deadline: m.deadline || at, remark: m.remark }
  return { templateId, page: `${OPERATOR_CASE_PAGE}?id=${encodeURIComponent(c.id)}`, data: fitTemplateData(config.subscribeTemplates.caseNotice.fields, values, config.timezone) }
}
