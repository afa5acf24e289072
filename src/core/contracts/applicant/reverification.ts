/** The operator's side of 年度核验: their pending entries, and a response (confirm, or change through the amendment). */
import { z } from 'zod'
import { ENTRY_STATUSES, SelfInspectionSchema } from '../../outreach/reverification'
import { defineContract } from '../contract'
import { FilingOutcome } from '../shared'
import { AmendInput } from './amend'
import { RecordId } from '../staff/record-id'
import { ChangeKindsSchema } from '../../outreach/change-kinds'

export const MyRoundEntry = z.object({
  id: z.string(),
  roundTitle: z.string(),
  deadline: z.string(),
  filingId: z.string(),
  filingNumber: z.string().nullable(),
  accountNames: z.array(z.string()),
  status: z.enum(ENTRY_STATUSES),
  statusLabel: z.string(),
  canRespond: z.boolean()
})

export const myReverificationsContract = defineContract({ fn: 'applicant', action: 'my-reverifications', input: z.object({}).strict(), output: z.object({ items: z.array(MyRoundEntry) }) })

export const ReverifyInput = z
  .object({
    entryId: RecordId('核验'),
    inspection: SelfInspectionSchema,
    /** Present when something changed: the amendment of the filing, exactly as `amend` takes it. */
    change: AmendInput.optional(),
    /**
     * A change of operator or contact the operator confirms without amending now: it is then due
     * within 30 working days (upkeep, issue 11 §5).
     */
    pendingChanges: ChangeKindsSchema.optional()
  })
  .strict()
export const reverifyContract = defineContract({ fn: 'applicant', action: 'reverify', input: ReverifyInput, output: z.object({ entry: MyRoundEntry, amendment: FilingOutcome.nullable() }) })
