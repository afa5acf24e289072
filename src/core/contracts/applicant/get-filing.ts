import { z } from 'zod'
import { DraftContentSchema } from '../../schemas/filing'
import { defineContract } from '../contract'
import { FilingId, FilingListItem, ReturnReasonView } from '../shared'
import { ChangeView } from './upkeep'

export const GetFilingInput = z.object({ id: FilingId }).strict()

/** One step of the status timeline; staff identities are not shown to applicants. */
export const TimelineEntry = z.object({
  at: z.string(),
  action: z.string(),
  by: z.enum(['applicant', 'staff', 'system']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  toLabel: z.string().nullable(),
  note: z.string().nullable()
})
export type TimelineEntry = z.infer<typeof TimelineEntry>

export const GetFilingOutput = FilingListItem.extend({
  /** The working content, with the owner's own ID numbers in full (needed to edit). */
  content: DraftContentSchema,
  /** The approved version while an amendment is under review (ID numbers masked). */
  approvedContent: DraftContentSchema.nullable(),
  returnReasons: z.array(ReturnReasonView),
  rejectReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reviewDueDate: z.string().nullable(),
  timeline: z.array(TimelineEntry),
  /** A change (变更备案) still to be filed — after a transfer, or reported in 备案维护 — else null. */
  change: ChangeView.nullable(),
  /** fileId → short-lived link, for previews where the client cannot read cloud:// ids. */
  documentLinks: z.record(z.string())
})
export type GetFilingOutput = z.infer<typeof GetFilingOutput>

/** One of my filings, with its timeline and short-lived links to my own documents. */
export const getFilingContract = defineContract({ fn: 'applicant', action: 'get-filing', input: GetFilingInput, output: GetFilingOutput })
