import { z } from 'zod'
import type { DraftContent, WorkflowAction } from '../../core'
import type { AuditEntry, ReturnReason } from '../../ports/records'
import { FilingId } from '../shared.schema'
import type { QueueItem } from './queue.schema'

export const StaffGetInput = z.object({ id: FilingId }).strict()
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
}
