/**
 * The staff's supervision actions and the schemas their answers are parsed with
 * (backend/actions/staff/{reports,report-*,leads,cases,dashboard}.schema.ts).
 */
import { z } from 'zod'
import { call } from '../../services/api'
import type { CaseStepInput, LeadInput, ReportOutcome, UrgeChannel } from '../../core/supervision'

const History = z.array(z.object({ at: z.string(), action: z.string(), actorRole: z.string(), detail: z.record(z.unknown()) }))
export type HistoryRows = z.infer<typeof History>

export const ReportItemSchema = z.object({
  id: z.string(),
  version: z.number(),
  receiptNumber: z.string(),
  platform: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  reason: z.string(),
  details: z.string(),
  at: z.string(),
  status: z.enum(['open', 'processing', 'closed']),
  statusLabel: z.string(),
  evidenceCount: z.number(),
  filingId: z.string().nullable(),
  leadId: z.string().nullable(),
  caseId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  outcome: z.string().nullable(),
  outcomeLabel: z.string().nullable(),
  outcomeNote: z.string(),
  closedAt: z.string().nullable()
})
export type ReportItem = z.infer<typeof ReportItemSchema>
const Counts = z.record(z.number())

export function listReports (status: ReportItem['status']) {
  return call('staff', 'reports', { status }, z.object({ items: z.array(ReportItemSchema), counts: Counts }))
}

export const ReportDetailSchema = z.object({
  report: ReportItemSchema,
  evidenceLinks: z.array(z.string()),
  matches: z.object({
    filings: z.array(z.object({ id: z.string(), filingNumber: z.string().nullable(), statusLabel: z.string(), accountNames: z.array(z.string()) })),
    lead: z.object({ id: z.string(), statusLabel: z.string() }).nullable()
  }),
  staff: z.array(z.object({ openid: z.string(), name: z.string() })),
  history: History
})
export type ReportDetail = z.infer<typeof ReportDetailSchema>

export const getReport = (id: string) => call('staff', 'report-get', { id }, ReportDetailSchema)
const Triage = z.object({ report: ReportItemSchema })
export const assignReport = (r: ReportItem, assignee: string) => call('staff', 'report-assign', { id: r.id, version: r.version, assignee }, Triage)
export type LinkTarget = { kind: 'filing', filingId: string } | { kind: 'lead', leadId: string } | { kind: 'new-lead', town?: string }
export const linkReport = (r: ReportItem, target: LinkTarget) => call('staff', 'report-link', { id: r.id, version: r.version, target }, Triage)
export const closeReport = (r: ReportItem, outcome: ReportOutcome, note: string) => call('staff', 'report-close', { id: r.id, version: r.version, outcome, note }, Triage)

export const LeadItemSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: z.enum(['open', 'urged', 'escalated', 'filing', 'filed', 'dismissed']),
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
export type LeadItem = z.infer<typeof LeadItemSchema>

export function listLeads (filter: { status?: LeadItem['status'], q?: string }) {
  return call('staff', 'leads', filter, z.object({ items: z.array(LeadItemSchema), counts: Counts }))
}
export const LeadDetailSchema = z.object({
  lead: LeadItemSchema,
  history: History,
  reports: z.array(z.object({ id: z.string(), receiptNumber: z.string(), statusLabel: z.string() })),
  suggestedDeadline: z.string()
})
export type LeadDetail = z.infer<typeof LeadDetailSchema>
export const getLead = (id: string) => call('staff', 'lead-get', { id }, LeadDetailSchema)
const LeadChange = z.object({ lead: LeadItemSchema })
export const urgeLead = (l: LeadItem, deadline: string, channel: UrgeChannel, note: string) => call('staff', 'lead-urge', { id: l.id, version: l.version, deadline, channel, note }, LeadChange)
export const dismissLead = (l: LeadItem, reason: string) => call('staff', 'lead-dismiss', { id: l.id, version: l.version, reason }, LeadChange)

const Outcome = z.discriminatedUnion('status', [
  z.object({ status: z.literal('created'), leadId: z.string() }),
  z.object({ status: z.literal('merged'), leadId: z.string() }),
  z.object({ status: z.literal('filed'), filingNumber: z.string().nullable() }),
  z.object({ status: z.literal('invalid'), message: z.string() })
])
export type LeadOutcome = z.infer<typeof Outcome>
export const createLead = (input: Partial<LeadInput>) => call('staff', 'lead-create', input, z.object({ outcome: Outcome })).then((r) => r.outcome)
export const importLeads = (listName: string, rows: unknown[]) =>
  call('staff', 'lead-import', { listName, rows }, z.object({ outcomes: z.array(Outcome), created: z.number(), merged: z.number(), filed: z.number(), invalid: z.number() }))

export const CaseItemSchema = z.object({
  id: z.string(),
  version: z.number(),
  caseNumber: z.string(),
  stage: z.string(),
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
export type CaseItem = z.infer<typeof CaseItemSchema>
export const listCases = (filter: { open?: boolean, stage?: string }) => call('staff', 'cases', filter, z.object({ items: z.array(CaseItemSchema) }))

const StepSchema = z.object({
  id: z.string(),
  type: z.enum(['urge', 'summon', 'interview', 'order', 'evidence', 'review', 'sanction', 'publicize', 'close']),
  label: z.string(),
  at: z.string(),
  byName: z.string(),
  deadline: z.string().nullable(),
  noticeNumber: z.string().nullable(),
  hasNotice: z.boolean(),
  attachments: z.array(z.string()),
  data: z.record(z.unknown()).nullable(),
  remindedAt: z.string().nullable()
})
export type StepView = z.infer<typeof StepSchema>
export const CaseDetailSchema = CaseItemSchema.extend({
  subject: z.object({ filingId: z.string().nullable(), leadId: z.string().nullable() }).passthrough(),
  operatorKnown: z.boolean(),
  steps: z.array(StepSchema),
  publicNotice: z.object({ name: z.string(), measure: z.string(), publishedAt: z.string(), withdrawnAt: z.string().nullable() }).passthrough().nullable(),
  closeOutcomeLabel: z.string(),
  availableSteps: z.array(z.string()),
  attachmentLinks: z.record(z.string()),
  notices: z.array(z.object({ stepId: z.string(), title: z.string(), number: z.string() }).passthrough())
})
export type CaseDetail = z.infer<typeof CaseDetailSchema>
const CaseGet = z.object({ case: CaseDetailSchema, history: History, suggested: z.object({ urge: z.string(), order: z.string() }) })
export type CaseGet = z.infer<typeof CaseGet>
export const getCase = (id: string) => call('staff', 'case-get', { id }, CaseGet)
const CaseChange = z.object({ case: CaseDetailSchema })
export const openCase = (input: { filingId: string, summary: string } | { leadId: string, summary: string }) => call('staff', 'case-open', input, CaseChange)
export const takeStep = (c: Pick<CaseDetail, 'id' | 'version'>, step: CaseStepInput) => call('staff', 'case-step', { id: c.id, version: c.version, step }, CaseChange)
