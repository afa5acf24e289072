import { z } from 'zod'
import type { DraftContent } from '../../core'
import type { ReturnReason } from '../../ports/records'
import type { FilingListItem, TimelineEntry } from '../../services/views'
import { FilingId } from '../shared.schema'

export const GetFilingInput = z.object({ id: FilingId }).strict()
export interface GetFilingOutput extends FilingListItem {
  /** The working content, with the owner's own ID numbers in full (needed to edit). */
  content: DraftContent
  /** The approved version while an amendment is under review (ID numbers masked). */
  approvedContent: DraftContent | null
  returnReasons: ReturnReason[]
  rejectReason: string | null
  decidedAt: string | null
  reviewDueDate: string | null
  timeline: TimelineEntry[]
  /** fileId → short-lived link, for previews where the client cannot read cloud:// ids. */
  documentLinks: Record<string, string>
}
