/** One case as its operator sees it, and the operator's evidence of the fix. */
import { z } from 'zod'
import { EvidenceStepSchema } from '../../supervision/case-steps'
import { defineContract } from '../contract'
import { Subscribed, Version } from '../shared'
import { RecordId } from '../staff/record-id'
import { OperatorCase } from '../supervision/views'

const OneCase = z.object({ case: OperatorCase })
export const myCaseContract = defineContract({ fn: 'applicant', action: 'my-case', input: z.object({ id: RecordId('案件') }).strict(), output: OneCase })

/** The operator's rectification evidence; `subscribed` = templates accepted in the same tap. */
export const CaseEvidenceInput = z
  .object({ id: RecordId('案件'), version: Version, files: EvidenceStepSchema.shape.files, note: EvidenceStepSchema.shape.note, subscribed: Subscribed })
  .strict()
export const caseEvidenceContract = defineContract({ fn: 'applicant', action: 'case-evidence', input: CaseEvidenceInput, output: OneCase })
