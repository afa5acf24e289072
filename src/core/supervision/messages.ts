/**
 * Subscription messages of the supervision side, as requests to the notification policy
 * (`oweMessage`: which template carries it, whether a consent credit pays for it): "your report
 * was handled" to the reporter, and notices, verdicts and reminders to an operator. Builders
 * never throw.
 */
import type { MessageRequest } from '../notifications/policy'
import { OPERATOR_CASE_PAGE, RECEIPT_PAGE } from '../routes'
import type { CaseFile, CaseMessage } from './case'
import { REPORT_OUTCOMES, type ReportOutcome } from './report'

export interface ClosedReport {
  reporterOpenid: string
  receiptNumber: string
  accountName: string
  outcome: ReportOutcome
  closedAt: string
}

export function reportClosedRequest(r: ClosedReport): MessageRequest {
  return {
    kind: 'reportClosed',
    openid: r.reporterOpenid,
    page: `${RECEIPT_PAGE}?n=${encodeURIComponent(r.receiptNumber)}`,
    values: { reportClosed: { receiptNumber: r.receiptNumber, accountName: r.accountName, result: '已办结', time: r.closedAt, remark: REPORT_OUTCOMES[r.outcome].forReporter } }
  }
}

/**
 * A case message to its operator. `at` stands in for the time slot when the message has no
 * deadline: WeChat refuses an empty value (47003). A reminder may also travel as a 到期提醒.
 */
export function caseMessageRequest(c: Pick<CaseFile, 'id' | 'subject'> & { operatorOpenid: string }, m: CaseMessage, at: string, reminder = false): MessageRequest {
  const deadline = m.deadline || at
  const caseNotice = { accountName: c.subject.accountName, noticeType: m.noticeType, deadline, remark: m.remark }
  return {
    kind: reminder ? 'caseReminder' : 'caseNotice',
    openid: c.operatorOpenid,
    page: `${OPERATOR_CASE_PAGE}?id=${encodeURIComponent(c.id)}`,
    values: reminder ? { caseNotice, deadlineReminder: { accountName: c.subject.accountName, deadline, remark: `${m.noticeType}：${m.remark}` } } : { caseNotice }
  }
}
