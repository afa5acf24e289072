import { z } from 'zod'
import { call } from '../../services/api'

export const MyFilingRowSchema = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  accountNames: z.array(z.string()),
  platforms: z.array(z.string()).optional(),
  subjectName: z.string().optional().nullable(),
  filingNumber: z.string().optional().nullable(),
  updatedAt: z.string(),
  submittedAt: z.string().optional().nullable(),
  dueDate: z.string().optional().nullable(),
  overdue: z.boolean().optional(),
  version: z.number().optional()
}).passthrough()
export type MyFilingRow = z.infer<typeof MyFilingRowSchema>

const ListMineSchema = z.object({ items: z.array(MyFilingRowSchema) }).passthrough()

export function listMine (): Promise<MyFilingRow[]> {
  return call('applicant', 'list-mine', {}, ListMineSchema).then((r) => r.items)
}

const TimelineEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  by: z.enum(['applicant', 'staff', 'system']),
  from: z.string().nullable(),
  to: z.string().nullable(),
  toLabel: z.string().nullable(),
  note: z.string().nullable()
}).passthrough()
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>

const ReturnReasonSchema = z.object({ field: z.string(), reason: z.string() })
export type ReturnReasonRow = z.infer<typeof ReturnReasonSchema>

/** Content is kept loose here: the wizard parses it with core's DraftContentSchema when it edits. */
export const FilingDetailSchema = MyFilingRowSchema.extend({
  version: z.number(),
  content: z.record(z.unknown()),
  approvedContent: z.record(z.unknown()).nullable(),
  returnReasons: z.array(ReturnReasonSchema),
  rejectReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  reviewDueDate: z.string().nullable(),
  timeline: z.array(TimelineEntrySchema),
  documentLinks: z.record(z.string())
}).passthrough()
export type FilingDetail = z.infer<typeof FilingDetailSchema>

export function getFiling (id: string): Promise<FilingDetail> {
  return call('applicant', 'get-filing', { id }, FilingDetailSchema)
}

const OutcomeSchema = z.object({
  id: z.string(),
  status: z.string(),
  version: z.number(),
  filingNumber: z.string().nullable(),
  replayed: z.boolean().optional()
}).passthrough()
export type Outcome = z.infer<typeof OutcomeSchema>

export function withdrawFiling (id: string, version: number): Promise<Outcome> {
  return call('applicant', 'withdraw', { id, version }, OutcomeSchema)
}

export function cancelFiling (id: string, version: number, reason?: string): Promise<Outcome> {
  return call('applicant', 'cancel', reason ? { id, version, reason } : { id, version }, OutcomeSchema)
}

const DeletedSchema = z.object({ id: z.string(), deleted: z.literal(true) }).passthrough()

/** Deletes a draft (or withdrawn filing) with its photos. */
export function deleteDraft (id: string, version: number): Promise<{ id: string }> {
  return call('applicant', 'delete-draft', { id, version }, DeletedSchema)
}

export interface SubmitRequest {
  id: string
  version: number
  requestId: string
  subscribed: string[]
  content: unknown
}

/** submit (first time) · resubmit (after a return) · amend (change an approved filing). */
export function submitFiling (action: 'submit' | 'resubmit' | 'amend', req: SubmitRequest): Promise<Outcome> {
  return call('applicant', action, req, OutcomeSchema)
}

/** The operator's supervision matters (applicant/my-cases), shown on 我的备案. */
export const MyCaseRowSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  stage: z.string(),
  stageLabel: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  canSubmitEvidence: z.boolean()
})
export type MyCaseRow = z.infer<typeof MyCaseRowSchema>

export function listMyCases (): Promise<MyCaseRow[]> {
  return call('applicant', 'my-cases', {}, z.object({ items: z.array(MyCaseRowSchema) })).then((r) => r.items)
}
