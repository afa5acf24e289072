import { z } from 'zod'
import { call } from '../../services/api'
import { DraftContentSchema } from '../../core/schemas/filing'
import type { Decision } from '../../core/schemas/decision'
import type { QueueFilter } from './filters'

/** Output schemas of the staff actions, limited to what the screens use (backend/actions/staff/*.schema.ts). */
export const QueueItemSchema = z.object({
  id: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  accountNames: z.array(z.string()),
  platforms: z.array(z.string()),
  subjectName: z.string(),
  subjectType: z.string().nullable(),
  filingNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  townName: z.string().nullable(),
  overdue: z.boolean(),
  reviewDueDate: z.string().nullable(),
  reviewDaysLeft: z.number().nullable(),
  version: z.number()
}).passthrough()
export type QueueItem = z.infer<typeof QueueItemSchema>

const QueuePageSchema = z.object({ items: z.array(QueueItemSchema), nextCursor: z.string().nullable() })
export type QueuePage = z.infer<typeof QueuePageSchema>

export const PAGE_SIZE = 20

export function loadQueue (filter: QueueFilter, cursor: string | null): Promise<QueuePage> {
  return call('staff', 'queue', { ...filter, ...(cursor !== null ? { cursor } : {}), limit: PAGE_SIZE }, QueuePageSchema)
}

const ReasonSchema = z.object({ field: z.string(), reason: z.string() })
const HistorySchema = z.object({
  at: z.string(),
  action: z.string(),
  actorRole: z.string(),
  actorName: z.string().nullable(),
  detail: z.record(z.unknown())
})
export type HistoryEntry = z.infer<typeof HistorySchema>

const DuplicateSchema = z.object({
  id: z.string(),
  filingNumber: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string(),
  accountNames: z.array(z.string()),
  subjectName: z.string()
})
export type Duplicate = z.infer<typeof DuplicateSchema>

export const FilingDetailSchema = QueueItemSchema.extend({
  content: DraftContentSchema,
  approvedContent: DraftContentSchema.nullable(),
  returnReasons: z.array(ReasonSchema),
  rejectReason: z.string().nullable(),
  documentLinks: z.record(z.string()),
  history: z.array(HistorySchema),
  availableActions: z.array(z.string()),
  duplicates: z.array(DuplicateSchema)
})
export type FilingDetail = z.infer<typeof FilingDetailSchema>

export function loadFiling (id: string): Promise<FilingDetail> {
  return call('staff', 'get', { id }, FilingDetailSchema)
}

export type SensitivePath = 'subject.idNumber' | 'operator.idNumber'

export function revealId (id: string, field: SensitivePath): Promise<string | null> {
  return call('staff', 'reveal', { id, field }, z.object({ value: z.string().nullable() }).passthrough()).then((r) => r.value)
}

const OutcomeSchema = z.object({ id: z.string(), status: z.string(), version: z.number(), filingNumber: z.string().nullable() }).passthrough()
export type Outcome = z.infer<typeof OutcomeSchema>

export function decide (id: string, version: number, decision: Decision): Promise<Outcome> {
  return call('staff', 'decide', { id, version, decision }, OutcomeSchema)
}

/** The office's cancellation (注销) of an approved filing, admin only, with a reason. */
export function officeCancel (id: string, version: number, reason: string): Promise<Outcome> {
  return call('staff', 'cancel', { id, version, reason }, OutcomeSchema)
}

export const ExportLinkSchema = z.object({ exportId: z.string(), fileId: z.string(), url: z.string(), expiresInSeconds: z.number(), deleteBy: z.string() }).passthrough()
export type ExportLink = z.infer<typeof ExportLinkSchema>
export const ExportSchema = ExportLinkSchema.extend({ fileName: z.string(), rows: z.number(), filings: z.number() })
export type ExportResult = z.infer<typeof ExportSchema>

export function exportXlsx (filter: QueueFilter, full: boolean): Promise<ExportResult> {
  return call('staff', 'export', { ...filter, full }, ExportSchema)
}

/** A fresh one-time link to my export while it still exists. */
export function exportLink (exportId: string): Promise<ExportLink> {
  return call('staff', 'export-link', { exportId }, ExportLinkSchema)
}

/** The file is on the phone: the server deletes its copy now. */
export function exportDone (exportId: string): Promise<{ deleted: boolean }> {
  return call('staff', 'export-done', { exportId }, z.object({ deleted: z.boolean() }).passthrough())
}

const MemberSchema = z.object({
  openid: z.string(),
  role: z.enum(['reviewer', 'admin']),
  name: z.string(),
  addedAt: z.string().nullable(),
  fromEnvironment: z.boolean()
})
export type StaffMember = z.infer<typeof MemberSchema>

export function listStaff (): Promise<StaffMember[]> {
  return call('staff', 'staff-list', {}, z.object({ members: z.array(MemberSchema) })).then((r) => r.members)
}

export function inviteStaff (name: string, role: 'reviewer' | 'admin'): Promise<{ code: string, expiresAt: string }> {
  return call('staff', 'staff-invite', { name, role }, z.object({ code: z.string(), expiresAt: z.string() }))
}

export function removeStaff (openid: string): Promise<void> {
  return call('staff', 'staff-remove', { openid }, z.object({ removed: z.literal(true) }).passthrough()).then(() => undefined)
}

export function redeemInvite (code: string): Promise<{ role: 'reviewer' | 'admin', staffName: string }> {
  return call('applicant', 'redeem-invite', { code }, z.object({ role: z.enum(['reviewer', 'admin']), staffName: z.string() }))
}
