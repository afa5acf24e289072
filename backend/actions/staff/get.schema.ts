import { z } from 'zod'
import type { DraftContent, WorkflowAction } from '../../core'
import type { AuditEntry, ReturnReason } from '../../ports/records'
import { FilingId } from '../shared.schema'
import type { QueueItem } from './queue.schema'
import type { Reach } from '../../services/reach'

export const StaffGetInput = z.object({ id: FilingId }).strict()

/** Another filing that carries one of this filing's accounts (same platform + id or name). */
export interface DuplicateHint {
  id: string
  filingNumber: string | null
  status: string
  statusLabel: string
  accountNames: string[]
  subjectName: string
}
export interface StaffGetOutput extends QueueItem {
  /** ID numbers masked; use `reveal` (audited) to see one. */
  content: DraftContent
  approvedContent: DraftContent | null
  returnReasons: ReturnReason[]
  rejectReason: string | null
  /** fileId → link valid for 10 minutes. */
  documentLinks: Record<string, string>
  history: Array<Pick<AuditEntry, 'at' | 'action' | 'actorRole' | 'detail'> & { actorName: string | null }>
  availableActions: WorkflowAction[]
  /** Other live filings with one of the same accounts: a hint for the reviewer, not a verdict. */
  duplicates: DuplicateHint[]
  /** Whether the decision's message can reach the applicant (else: 未订阅，请电话联系 + phone). */
  reach: Reach
  /** Why this staff member must leave the filing to a colleague (no actions are offered then). */
  recusalMessage: string | null
}
