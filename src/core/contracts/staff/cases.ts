/** Case files (案件) for staff: the list, opening one, the whole file, and one typed step at a time. */
import { z } from 'zod'
import { CASE_STAGES } from '../../supervision/stages'
import { CaseStepInputSchema } from '../../supervision/case-steps'
import { note } from '../../supervision/common'
import { defineContract } from '../contract'
import { FilingId, Version } from '../shared'
import { CaseDetail, CaseItem, HistoryRows } from '../supervision/views'
import { RecordId } from './record-id'

export const CasesInput = z
  .object({
    stage: z.enum(CASE_STAGES, { errorMap: () => ({ message: '案件阶段无效' }) }).optional(),
    /** Open cases only (every stage but closed). */
    open: z.boolean().default(false),
    filingId: FilingId.optional(),
    limit: z.number().int().min(1).max(200, '每次最多200条').default(50)
  })
  .strict()
export const casesContract = defineContract({ fn: 'staff', action: 'cases', input: CasesInput, output: z.object({ items: z.array(CaseItem) }) })

const CaseChange = z.object({ case: CaseDetail })
export const CaseOpenInput = z.union(
  [z.object({ filingId: FilingId, summary: note('案由', 200, 4) }).strict(), z.object({ leadId: RecordId('线索'), summary: note('案由', 200, 4) }).strict()],
  { errorMap: (issue, ctx) => (issue.code === z.ZodIssueCode.invalid_union ? { message: '请选择要立案的备案或线索，并填写案由（至少4个字）' } : { message: ctx.defaultError }) }
)
export const caseOpenContract = defineContract({ fn: 'staff', action: 'case-open', input: CaseOpenInput, output: CaseChange })

export const CaseGetOutput = z.object({
  case: CaseDetail,
  history: HistoryRows,
  /** Default deadlines offered by the step forms (working days from today). */
  suggested: z.object({ urge: z.string(), order: z.string() })
})
export type CaseGetOutput = z.infer<typeof CaseGetOutput>
export const caseGetContract = defineContract({ fn: 'staff', action: 'case-get', input: z.object({ id: RecordId('案件') }).strict(), output: CaseGetOutput })

export const CaseStepRequest = z.object({ id: RecordId('案件'), version: Version, step: CaseStepInputSchema }).strict()
export const caseStepContract = defineContract({ fn: 'staff', action: 'case-step', input: CaseStepRequest, output: CaseChange })
