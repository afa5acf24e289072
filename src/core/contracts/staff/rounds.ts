/** Re-verification rounds (年度核验), staff side: open a round (admin), list rounds, one round with its counts and non-responders. */
import { z } from 'zod'
import { ENTRY_STATUSES, RoundInputSchema } from '../../outreach/reverification'
import { defineContract } from '../contract'
import { RecordId } from './record-id'

export const RoundView = z.object({
  id: z.string(),
  title: z.string(),
  openedOn: z.string(),
  deadline: z.string(),
  reminderDays: z.array(z.string()),
  remindedDays: z.array(z.string()),
  entries: z.number().int(),
  closed: z.boolean(),
  leadsAt: z.string().nullable()
})

export const RoundEntryView = z.object({
  id: z.string(),
  filingId: z.string(),
  filingNumber: z.string().nullable(),
  accountNames: z.array(z.string()),
  status: z.enum(ENTRY_STATUSES),
  statusLabel: z.string(),
  respondedAt: z.string().nullable(),
  leadIds: z.array(z.string())
})

export const roundOpenContract = defineContract({ fn: 'staff', action: 'round-open', input: RoundInputSchema, output: z.object({ round: RoundView }) })
export const roundsContract = defineContract({ fn: 'staff', action: 'rounds', input: z.object({}).strict(), output: z.object({ items: z.array(RoundView) }) })
export const roundGetContract = defineContract({
  fn: 'staff',
  action: 'round-get',
  input: z.object({ id: RecordId('核验') }).strict(),
  output: z.object({ round: RoundView, counts: z.record(z.enum(ENTRY_STATUSES), z.number().int()), nonResponders: z.array(RoundEntryView), responded: z.array(RoundEntryView) })
})
