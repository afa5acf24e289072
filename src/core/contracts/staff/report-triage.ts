/** One report for triage, and the three triage acts: assign, link (filing, lead or a new lead), close. */
import { z } from 'zod'
import { ReportCloseSchema } from '../../supervision/report'
import { defineContract } from '../contract'
import { FilingId, Openid, Version } from '../shared'
import { HistoryRows, ReportItem } from '../supervision/views'
import { RecordId } from './record-id'

export const ReportGetInput = z.object({ id: RecordId('举报') }).strict()
export const ReportGetOutput = z.object({
  report: ReportItem,
  /** 10-minute links to the screenshots, in order. */
  evidenceLinks: z.array(z.string()),
  /** Filings of the same platform + account name (to link), and an unfiled lead for it if one exists. */
  matches: z.object({
    filings: z.array(z.object({ id: z.string(), filingNumber: z.string().nullable(), statusLabel: z.string(), accountNames: z.array(z.string()) })),
    lead: z.object({ id: z.string(), statusLabel: z.string() }).nullable()
  }),
  staff: z.array(z.object({ openid: z.string(), name: z.string() })),
  history: HistoryRows
})
export type ReportGetOutput = z.infer<typeof ReportGetOutput>
export const reportGetContract = defineContract({ fn: 'staff', action: 'report-get', input: ReportGetInput, output: ReportGetOutput })

const Base = { id: RecordId('举报'), version: Version }
const TriageOutput = z.object({ report: ReportItem })

export const ReportAssignInput = z.object({ ...Base, assignee: Openid }).strict()
export const reportAssignContract = defineContract({ fn: 'staff', action: 'report-assign', input: ReportAssignInput, output: TriageOutput })

export const LinkTarget = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('filing'), filingId: FilingId }).strict(),
    z.object({ kind: z.literal('lead'), leadId: RecordId('线索') }).strict(),
    z.object({ kind: z.literal('new-lead'), town: z.string().max(32).default('') }).strict()
  ],
  { errorMap: () => ({ message: '请选择关联到备案、已有线索还是新建线索' }) }
)
export type LinkTarget = z.input<typeof LinkTarget>
/** Link to an existing filing or lead, or make a new lead from the report. */
export const ReportLinkInput = z.object({ ...Base, target: LinkTarget }).strict()
export const reportLinkContract = defineContract({ fn: 'staff', action: 'report-link', input: ReportLinkInput, output: TriageOutput })

export const ReportCloseInput = z.object({ ...Base }).merge(ReportCloseSchema).strict()
export const reportCloseContract = defineContract({ fn: 'staff', action: 'report-close', input: ReportCloseInput, output: TriageOutput })
