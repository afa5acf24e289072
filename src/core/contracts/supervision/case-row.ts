/** One of the operator's cases on 我的备案 (main package: this leaf only, not every supervision view). */
import { z } from 'zod'
import { CASE_STAGES } from '../../supervision/stages'

export const MyCaseRow = z.object({
  id: z.string(),
  caseNumber: z.string(),
  stage: z.enum(CASE_STAGES),
  stageLabel: z.string(),
  platformName: z.string(),
  accountName: z.string(),
  deadline: z.string().nullable(),
  overdue: z.boolean(),
  canSubmitEvidence: z.boolean()
})
export type MyCaseRow = z.infer<typeof MyCaseRow>

