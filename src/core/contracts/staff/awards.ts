/** 评优 (issue 11 §3), staff side: an 评优 event's candidates with every reason, nominations and results; the directory export (§6). */
import { z } from 'zod'
import { AWARD_CRITERIA, NOMINATION_STATUSES, NominationNote, NominationTarget } from '../../outreach/awards'
import { defineContract } from '../contract'
import { ExportLinkOutput } from './export'
import { RecordId } from './record-id'

export const NominationView = z.object({ status: z.enum(NOMINATION_STATUSES), label: z.string(), note: z.string(), at: z.string(), byName: z.string() })
export type NominationView = z.infer<typeof NominationView>

export const AwardCandidateView = z.object({
  /** The operator's place in the event (opaque). */
  id: z.string(),
  version: z.number().int(),
  accountNames: z.array(z.string()),
  filingNumbers: z.array(z.string()),
  eligible: z.boolean(),
  reasons: z.array(z.object({ criterion: z.enum(AWARD_CRITERIA), met: z.boolean(), text: z.string() })),
  nomination: NominationView.nullable()
})
export type AwardCandidateView = z.infer<typeof AwardCandidateView>

export const awardCandidatesContract = defineContract({
  fn: 'staff',
  action: 'award-candidates',
  input: z.object({ activityId: RecordId('活动') }).strict(),
  output: z.object({ activity: z.object({ id: z.string(), title: z.string(), kindLabel: z.string() }), candidates: z.array(AwardCandidateView) })
})

export const awardRecordContract = defineContract({
  fn: 'staff',
  action: 'award-record',
  input: z.object({ activityId: RecordId('活动'), candidateId: RecordId('候选'), version: z.number().int().min(1), to: NominationTarget, note: NominationNote }).strict(),
  output: z.object({ candidate: AwardCandidateView })
})

/** The association's directory of consenting filed operators (.xlsx, masked), admins only, audited. */
export const directoryExportContract = defineContract({
  fn: 'staff',
  action: 'directory-export',
  input: z.object({}).strict(),
  output: ExportLinkOutput.extend({ fileName: z.string(), rows: z.number().int(), operators: z.number().int() })
})
