/**
 * What the supervision screens receive. Staff see the whole record; the reporter sees only the
 * receipt and its outcome; the operator sees the steps addressed to them (no minutes, no officer
 * names); the public sees only what the office chose to publish.
 */
import {
  CASE_STAGE_LABELS,
  CASE_STEP_LABELS,
  LEAD_SOURCE_LABELS,
  LEAD_STATUS_LABELS,
  REPORT_OUTCOMES,
  REPORT_STATUS_LABELS,
  availableCaseSteps,
  closeOutcomeLabel,
  findTown,
  localDate,
  noticeDocument,
  reportOutcomeForReporter,
  type CaseStepRecord,
  type JurisdictionConfig,
  type NoticeDocument,
  type SupervisionActor,
  platformLabel
} from '../../core'
import type { CaseRecord, LeadRecord, ReportRecord } from '../../ports/records'

const townName = (code: string | null, config: JurisdictionConfig) => (code ? (findTown(config, code)?.name ?? code) : null)

export function reportItem(r: ReportRecord, config: JurisdictionConfig) {
  return {
    id: r.id,
    version: r.version,
    receiptNumber: r.receiptNumber,
    platform: r.platform,
    platformName: platformLabel(r.platform, config),
    accountName: r.accountName,
    reason: r.reason,
    details: r.details,
    at: r.at,
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    evidenceCount: r.evidence.length,
    filingId: r.filingId,
    leadId: r.leadId,
    caseId: r.caseId,
    assigneeName: r.assigneeName,
    outcome: r.outcome,
    outcomeLabel: r.outcome ? REPORT_OUTCOMES[r.outcome].label : null,
    outcomeNote: r.outcomeNote,
    closedAt: r.closedAt
  }
}
export type ReportItem = ReturnType<typeof reportItem>

/** The reporter's receipt: their own words back and the outcome meant for them. */
export function receiptView(r: ReportRecord, config: JurisdictionConfig) {
  return {
    receiptNumber: r.receiptNumber,
    platformName: platformLabel(r.platform, config),
    accountName: r.accountName,
    reason: r.reason,
    at: r.at,
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    outcome: reportOutcomeForReporter(r.status, r.outcome),
    outcomeNote: r.status === 'closed' ? r.outcomeNote : '',
    closedAt: r.closedAt
  }
}
export type ReceiptView = ReturnType<typeof receiptView>

export function leadItem(l: LeadRecord, now: Date, config: JurisdictionConfig) {
  const today = localDate(now, config.timezone)
  return {
    id: l.id,
    version: l.version,
    status: l.status,
    statusLabel: LEAD_STATUS_LABELS[l.status],
    platform: l.platform,
    platformName: platformLabel(l.platform, config),
    accountName: l.accountName,
    accountId: l.accountId,
    town: l.town,
    townName: townName(l.town, config),
    note: l.note,
    source: l.source,
    sourceLabel: LEAD_SOURCE_LABELS[l.source],
    urges: l.urges.map((u) => ({ at: u.at, byName: u.byName, deadline: u.deadline, channel: u.channel, note: u.note })),
    deadline: l.deadline,
    overdue: l.status === 'urged' && l.deadline !== null && l.deadline < today,
    filingId: l.filingId,
    caseId: l.caseId,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    closedAt: l.closedAt,
    closeReason: l.closeReason
  }
}
export type LeadItem = ReturnType<typeof leadItem>

export function caseItem(c: CaseRecord, now: Date, config: JurisdictionConfig) {
  const today = localDate(now, config.timezone)
  const last = c.steps[c.steps.length - 1]
  const pending = [...c.steps].reverse().find((s) => s.deadline !== null)
  const waiting = c.stage === 'urged' || c.stage === 'summoned' || c.stage === 'rectifying'
  return {
    id: c.id,
    version: c.version,
    caseNumber: c.caseNumber,
    stage: c.stage,
    stageLabel: CASE_STAGE_LABELS[c.stage],
    summary: c.summary,
    platformName: c.subject.platformName,
    accountName: c.subject.accountName,
    filingNumber: c.subject.filingNumber,
    townName: townName(c.subject.town, config),
    officerName: c.officerName,
    publicActive: c.publicActive,
    deadline: waiting && pending ? pending.deadline : null,
    overdue: waiting && pending?.deadline ? pending.deadline < today : false,
    lastStep: last ? CASE_STEP_LABELS[last.type] : null,
    updatedAt: c.updatedAt
  }
}
export type CaseItem = ReturnType<typeof caseItem>

function stepView(s: CaseStepRecord, config: JurisdictionConfig, forOperator: boolean) {
  const notice = s.type === 'summon' || s.type === 'order'
  return {
    id: s.id,
    type: s.type,
    label: CASE_STEP_LABELS[s.type],
    at: s.at,
    byName: forOperator ? (s.type === 'evidence' ? '您' : config.office.shortName) : s.byName,
    deadline: s.deadline,
    noticeNumber: s.noticeNumber,
    hasNotice: notice,
    attachments: forOperator && s.type !== 'evidence' ? [] : s.attachments,
    data: forOperator && s.type === 'interview' ? null : s.data,
    remindedAt: s.remindedAt
  }
}

/** The whole case for staff, with links to its attachments and the steps they may take now. */
export function caseDetail(c: CaseRecord, actor: SupervisionActor, links: Record<string, string>, now: Date, config: JurisdictionConfig) {
  return {
    ...caseItem(c, now, config),
    subject: c.subject,
    operatorKnown: c.operatorOpenid !== null,
    steps: c.steps.map((s) => stepView(s, config, false)),
    publicNotice: c.publicNotice,
    closeOutcomeLabel: closeOutcomeLabel(c.closeOutcome),
    availableSteps: availableCaseSteps(c, actor),
    attachmentLinks: links,
    notices: notices(c, config)
  }
}

/** The operator's view: what the office asked, by when, and the notices; never the minutes. */
export function operatorCaseView(c: CaseRecord, links: Record<string, string>, now: Date, config: JurisdictionConfig) {
  const item = caseItem(c, now, config)
  return {
    id: c.id,
    version: c.version,
    caseNumber: c.caseNumber,
    stage: c.stage,
    stageLabel: item.stageLabel,
    platformName: c.subject.platformName,
    accountName: c.subject.accountName,
    deadline: item.deadline,
    overdue: item.overdue,
    canSubmitEvidence: availableCaseSteps(c, 'operator').includes('evidence'),
    rectificationItems: orderItems(c),
    steps: c.steps.filter((s) => s.type !== 'publicize').map((s) => stepView(s, config, true)),
    attachmentLinks: links,
    notices: notices(c, config),
    closeOutcomeLabel: closeOutcomeLabel(c.closeOutcome)
  }
}

/** The items of the latest rectification order. */
function orderItems(c: CaseRecord): string[] {
  for (let i = c.steps.length - 1; i >= 0; i--) {
    const d = c.steps[i].data
    if (d.type === 'order') return d.items
  }
  return []
}

export function notices(c: CaseRecord, config: JurisdictionConfig): Array<NoticeDocument & { stepId: string }> {
  return c.steps.flatMap((s) => {
    const doc = noticeDocument(c, s, config)
    return doc ? [{ ...doc, stepId: s.id }] : []
  })
}

/** One 公示 entry: exactly what the office chose to publish, and when. */
export function publicNoticeView(c: CaseRecord) {
  const n = c.publicNotice
  return n ? { caseNumber: c.caseNumber, name: n.name, measure: n.measure, publishedAt: n.publishedAt } : null
}
