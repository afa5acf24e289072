import { z } from 'zod'
import { EvidenceStepSchema } from '../../core'
import type { operatorCaseView } from '../../services/supervision/views'
import { RecordId, Subscribed, Version } from '../shared.schema'

export const MyCasesInput = z.object({}).strict()
export type OperatorCase = ReturnType<typeof operatorCaseView>
export interface MyCasesOutput {
  items: Array<Pick<OperatorCase, 'id' | 'caseNumber' | 'stage' | 'stageLabel' | 'platformName' | 'accountName' | 'deadline' | 'overdue' | 'canSubmitEvidence'>>
}

export const MyCaseInput = z.object({ id: RecordId('案件') }).strict()
export interface MyCaseOutput {
  case: OperatorCase
}

/** The operator's rectification evidence; `subscribed` = templates accepted in the same tap. */
export const CaseEvidenceInput = z
  .object({ id: RecordId('案件'), version: Version, files: EvidenceStepSchema.shape.files, note: EvidenceStepSchema.shape.note, subscribed: Subscribed })
  .strict()
