import { z } from 'zod'
import { ReportCloseSchema } from '../../core'
import type { ReportItem } from '../../services/supervision/views'
import { FilingId, Openid, RecordId, Version } from '../shared.schema'

const Base = { id: RecordId('举报'), version: Version }

export const ReportAssignInput = z.object({ ...Base, assignee: Openid }).strict()

/** Link to an existing filing or lead, or make a new lead from the report. */
export const ReportLinkInput = z
  .object({
    ...Base,
    target: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('filing'), filingId: FilingId }).strict(),
        z.object({ kind: z.literal('lead'), leadId: RecordId('线索') }).strict(),
        z.object({ kind: z.literal('new-lead'), town: z.string().max(32).default('') }).strict()
      ],
      { errorMap: () => ({ message: '请选择关联到备案、已有线索还是新建线索' }) }
    )
  })
  .strict()

export const ReportCloseInput = z.object({ ...Base }).merge(ReportCloseSchema).strict()

export interface ReportTriageOutput {
  report: ReportItem
}
