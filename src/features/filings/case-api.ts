/**
 * The operator's case screens (filing subpackage): one case with its orders and notices, and the
 * evidence of rectification; staff read the same notices through case-get.
 */
import { caseEvidenceContract, myCaseContract } from '../../core/contracts/applicant/my-case'
import { caseGetContract } from '../../core/contracts/staff/cases'
import type { NoticeDoc as Notice, OperatorCase as Case } from '../../core/contracts/supervision/views'
import { call } from '../../services/api'

export type NoticeDoc = Notice
export type OperatorCase = Case

export function getMyCase (id: string): Promise<OperatorCase> {
  return call(myCaseContract, { id }).then((r) => r.case)
}

export function submitEvidence (c: OperatorCase, files: string[], note: string, subscribed: string[]): Promise<OperatorCase> {
  return call(caseEvidenceContract, { id: c.id, version: c.version, files, note, subscribed }).then((r) => r.case)
}

/** Staff open the same notice page: their case-get carries the notices too. */
export function staffCaseNotices (id: string): Promise<NoticeDoc[]> {
  return call(caseGetContract, { id }).then((r) => r.case.notices)
}
