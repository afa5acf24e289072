/**
 * Output pieces of the supervision actions: what the staff, the operator, the reporter and the
 * public receive. One schema each, answered by the backend and parsed by the mini-program.
 */
import { z } from 'zod'
import { CASE_STAGES } from '../../supervision/stages'
import { CaseStepInputSchema } from '../../supervision/case-steps'
import { LEAD_STATUSES } from '../../supervision/lead'
import { REPORT_OUTCOME_CODES, REPORT_STATUSES } from '../../supervision/report'

export const HistoryRows = z.array(z.object({ at: z.string(), action: z.string(), actorRole: z.string(), detail: z.record(z.unknown()) }))
export type HistoryRows = z.infer<typeof HistoryRows>
export const StatusCounts = z.record(z.number())

export const ReportItem = z.object({
  id: z.string(),
  version: z.number().int(),
  receiptNumber: z.string(),
  platform: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  reason: z.string(),
  details: z.string(),
  at: z.string(),
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  evidenceCount: z.number().int(),
  filingId: z.string().nullable(),
  leadId: z.string().nullable(),
  caseId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  outcome: z.enum(REPORT_OUTCOME_CODES).nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeNote: z.string(),
  closedAt: z.string().nullable()
})
export type ReportItem = z.infer<typeof ReportItem>

/** The reporter's receipt: their own words back and the outcome meant for them. */
export const ReceiptView = z.object({
  receiptNumber: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  reason: z.string(),
  at: z.string(),
  status: z.enum(REPORT_STATUSES),
  statusLabel: z.string(),
  outcome: z.string(),
  outcomeNote: z.string(),
  closedAt: z.string().nullable()
})
export type ReceiptView = z.infer<typeof ReceiptView>

export const LeadItem = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(LEAD_STATUSES),
  statusLabel: z.string(),
  platform: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  accountId: z.string(),
  town: z.string().nullable(),
  townName: z.string().nullable(),
  note: z.string(),
  source: z.string(),
  sourceLabel: z.string(),
  urges: z.array(z.object({ at: z.string(), byName: z.string(), deadline: z.string(), channel: z.string(), note: z.string() })),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  filingId: z.string().nullable(),
  caseId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().nullable(),
  closeReason: z.string()
})
export type LeadItem = z.infer<typeof LeadItem>

/** One row per lead row or import row: created, merged into an existing lead, already filed, or refused. */
export const LeadOutcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('created'), leadId: z.string() }),
  z.object({ status: z.literal('merged'), leadId: z.string() }),
  z.object({ status: z.literal('filed'), filingNumber: z.string().nullable() }),
  z.object({ status: z.literal('invalid'), message: z.string() })
])
export type LeadOutcome = z.infer<typeof LeadOutcome>

export const CaseItem = z.object({
  id: z.string(),
  version: z.number().int(),
  caseNumber: z.string(),
  stage: z.enum(CASE_STAGES),
  stageLabel: z.string(),
  summary: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  filingNumber: z.string().nullable(),
  townName: z.string().nullable(),
  officerName: z.string(),
  publicActive: z.boolean(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  lastStep: z.string().nullable(),
  updatedAt: z.string()
})
export type CaseItem = z.infer<typeof CaseItem>

export const StepView = z.object({
  id: z.string(),
  type: z.enum(['urge', 'summon', 'interview', 'order', 'evidence', 'review', 'sanction', 'publicize', 'close']),
  label: z.string(),
  at: z.string(),
  byName: z.string(),
  deadline: z.string().nullable(),
  noticeNumber: z.string().nullable(),
  hasNotice: z.boolean(),
  attachments: z.array(z.string()),
  /** The step's data; null where the viewer may not see it (the minutes, for the operator). */
  data: CaseStepInputSchema.nullable(),
  remindedAt: z.string().nullable()
})
export type StepView = z.infer<typeof StepView>

/** A generated notice (约谈通知书, 责令整改通知书) as a document the phone draws. */
export const NoticeDoc = z.object({
  stepId: z.string(),
  kind: z.enum(['summon', 'order']),
  title: z.string(),
  number: z.string(),
  addressee: z.string(),
  paragraphs: z.array(z.string()),
  items: z.array(z.string()),
  office: z.string(),
  date: z.string(),
  contact: z.string()
})
export type NoticeDoc = z.infer<typeof NoticeDoc>

export const PublicNoticeView = z.object({ stepId: z.string(), name: z.string(), measure: z.string(), publishedAt: z.string(), withdrawnAt: z.string().nullable() })

export const CaseDetail = CaseItem.extend({
  subject: z.object({
    filingId: z.string().nullable(),
    filingNumber: z.string().nullable(),
    leadId: z.string().nullable(),
    platform: z.string(),
    platformName: z.string(),
    accountName: z.string(),
    town: z.string().nullable()
  }),
  operatorKnown: z.boolean(),
  steps: z.array(StepView),
  publicNotice: PublicNoticeView.nullable(),
  closeOutcomeLabel: z.string(),
  availableSteps: z.array(StepView.shape.type),
  attachmentLinks: z.record(z.string()),
  notices: z.array(NoticeDoc)
})
export type CaseDetail = z.infer<typeof CaseDetail>

export { MyCaseRow } from './case-row'
import { MyCaseRow } from './case-row'

/** The operator's view of a case: what the office requires, by when, the notices; never the minutes. */
export const OperatorCase = MyCaseRow.extend({
  version: z.number().int(),
  rectificationItems: z.array(z.string()),
  steps: z.array(StepView),
  attachmentLinks: z.record(z.string()),
  notices: z.array(NoticeDoc),
  closeOutcomeLabel: z.string()
})
export type OperatorCase = z.infer<typeof OperatorCase>

/** One 公示 entry: exactly what the office chose to publish. */
export const PublicNoticeItem = z.object({ caseNumber: z.string(), name: z.string(), measure: z.string(), publishedAt: z.string() })
export type PublicNoticeItem = z.infer<typeof PublicNoticeItem>
