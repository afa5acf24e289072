/** The staff's supervision calls, each through its action's contract in src/core/contracts. */
import { casesContract, caseGetContract, caseOpenContract, caseStepContract, type CaseGetOutput } from '../../core/contracts/staff/cases'
import { leadCreateContract, leadDismissContract, leadGetContract, leadImportContract, leadsContract, leadUrgeContract, type LeadGetOutput } from '../../core/contracts/staff/leads'
import { reportAssignContract, reportCloseContract, reportGetContract, reportLinkContract, type LinkTarget as Target, type ReportGetOutput } from '../../core/contracts/staff/report-triage'
import { reportsContract } from '../../core/contracts/staff/reports'
import type { CaseDetail as Detail, CaseItem as Case, HistoryRows as History, LeadItem as Lead, LeadOutcome as Outcome, ReportItem as Report, StepView as Step } from '../../core/contracts/supervision/views'
import type { CaseStepInput, LeadInput, ReportOutcome, UrgeChannel } from '../../core/supervision'
import { activitiesContract } from '../../core/contracts/staff/activities'
import { awardCandidatesContract, awardRecordContract, directoryExportContract, type AwardCandidateView } from '../../core/contracts/staff/awards'
import type { NominationStatus } from '../../core/outreach/awards'
import { call } from '../../services/api'

export type ReportItem = Report
export type ReportDetail = ReportGetOutput
export type LinkTarget = Target
export type LeadItem = Lead
export type LeadDetail = LeadGetOutput
export type LeadOutcome = Outcome
export type CaseItem = Case
export type CaseDetail = Detail
export type CaseGet = CaseGetOutput
export type StepView = Step
export type HistoryRows = History

export const listReports = (status: ReportItem['status']) => call(reportsContract, { status })
export const getReport = (id: string) => call(reportGetContract, { id })
export const assignReport = (r: ReportItem, assignee: string) => call(reportAssignContract, { id: r.id, version: r.version, assignee })
export const linkReport = (r: ReportItem, target: LinkTarget) => call(reportLinkContract, { id: r.id, version: r.version, target })
export const closeReport = (r: ReportItem, outcome: ReportOutcome, note: string) => call(reportCloseContract, { id: r.id, version: r.version, outcome, note })

export const listLeads = (filter: { status?: LeadItem['status'], q?: string }) => call(leadsContract, filter)
export const getLead = (id: string) => call(leadGetContract, { id })
export const urgeLead = (l: LeadItem, deadline: string, channel: UrgeChannel, note: string) => call(leadUrgeContract, { id: l.id, version: l.version, deadline, channel, note })
export const dismissLead = (l: LeadItem, reason: string) => call(leadDismissContract, { id: l.id, version: l.version, reason })
export const createLead = (input: LeadInput) => call(leadCreateContract, input).then((r) => r.outcome)
export const importLeads = (listName: string, rows: unknown[]) => call(leadImportContract, { listName, rows })

export const listCases = (filter: { open?: boolean, stage?: CaseItem['stage'] }) => call(casesContract, filter)
export const getCase = (id: string) => call(caseGetContract, { id })
export const openCase = (input: { filingId: string, summary: string } | { leadId: string, summary: string }) => call(caseOpenContract, input)
export const takeStep = (c: Pick<CaseDetail, 'id' | 'version'>, step: CaseStepInput) => call(caseStepContract, { id: c.id, version: c.version, step })

export type AwardCandidate = AwardCandidateView
/** 评优 events (the activities list, kind 评优). */
export const listAwardEvents = () => call(activitiesContract, {}).then((r) => r.items.filter((a) => a.kind === 'award'))
export const awardCandidates = (activityId: string) => call(awardCandidatesContract, { activityId })
export const recordAward = (activityId: string, c: AwardCandidate, to: NominationStatus, note: string) => call(awardRecordContract, { activityId, candidateId: c.id, version: c.version, to, note })
export const exportDirectory = () => call(directoryExportContract, {})
