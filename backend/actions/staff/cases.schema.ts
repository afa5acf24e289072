import { z } from 'zod'
import { CASE_STAGES, CaseStepInputSchema, note } from '../../core'
import type { caseDetail, CaseItem } from '../../services/supervision/views'
import { FilingId, RecordId, Version } from '../shared.schema'

export const CasesInput = z
  .object({
    stage: z.enum(CASE_STAGES, { errorMap: () => ({ message: '案件阶段无效' }) }).optional(),
    /** Open cases only (every stage but closed). */
    open: z.boolean().default(false),
    filingId: FilingId.optional(),
    limit: z.number().int().min(1).max(200, '每次最多200条').default(50)
  })
  .strict()
export interface CasesOutput {
  items: CaseItem[]
}

export const CaseOpenInput = z
  .union(
    [
      z.object({ filingId: FilingId, summary: note('案由', 200, 4) }).strict(),
      z.object({ leadId: RecordId('线索'), summary: note('案由', 200, 4) }).strict()
    ],
    { errorMap: (issue, ctx) => (issue.code === z.ZodIssueCode.invalid_union ? { message: '请选择要立案的备案或线索，并填写案由（至少4个字）' } : { message: ctx.defaultError }) }
  )

export const CaseGetInput = z.object({ id: RecordId('案件') }).strict()
export type CaseDetail = ReturnType<typeof caseDetail>
export interface CaseGetOutput {
  case: CaseDetail
  history: Array<{ at: string; action: string; actorRole: string; detail: Record<string, unknown> }>
  /** Default deadlines offered by the step forms (working days from today). */
  suggested: { urge: string; order: string }
}

export const CaseStepInput = z.object({ id: RecordId('案件'), version: Version, step: CaseStepInputSchema }).strict()
export interface CaseStepOutput {
  case: CaseDetail
}
