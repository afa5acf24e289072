/** Upkeep (issue 11 §5, §6), the operator's side: followers crossing the threshold, a change to file in time, the directory consent. */
import { z } from 'zod'
import { CHANGE_KINDS, ChangeKindsSchema } from '../../outreach/change-kinds'
import { EligibilityAnswersSchema } from '../../eligibility'
import { defineContract } from '../contract'
import { RecordId } from '../staff/record-id'

/** The prompt to file: the self-check's answers with the new count prefill the wizard. */
export const CrossingPromptView = z.object({ threshold: z.number().int(), followers: z.number().int(), message: z.string(), dueDate: z.string().nullable(), answers: EligibilityAnswersSchema })
export type CrossingPromptView = z.infer<typeof CrossingPromptView>

export const upkeepFollowersContract = defineContract({
  fn: 'applicant',
  action: 'upkeep-followers',
  input: z.object({ followers: z.number({ required_error: '请填写粉丝量', invalid_type_error: '粉丝量应为数字' }).int('粉丝量应为整数').min(0, '粉丝量不能为负数').max(1_000_000_000, '粉丝量过大，请核对') }).strict(),
  output: z.object({ prompt: CrossingPromptView.nullable() })
})

export const ChangeView = z.object({
  filingId: z.string(),
  filingNumber: z.string().nullable(),
  accountNames: z.array(z.string()),
  kinds: z.array(z.enum(CHANGE_KINDS)),
  kindsLabel: z.string(),
  reportedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(['open', 'filed', 'overdue']),
  statusLabel: z.string()
})
export type ChangeView = z.infer<typeof ChangeView>

export const upkeepChangeContract = defineContract({
  fn: 'applicant',
  action: 'upkeep-change',
  input: z.object({ filingId: RecordId('备案'), kinds: ChangeKindsSchema }).strict(),
  output: z.object({ change: ChangeView })
})

export const UpkeepFilingView = z.object({ filingId: z.string(), filingNumber: z.string().nullable(), accountNames: z.array(z.string()), listed: z.boolean(), change: ChangeView.nullable() })

export const myUpkeepContract = defineContract({
  fn: 'applicant',
  action: 'my-upkeep',
  input: z.object({}).strict(),
  output: z.object({
    items: z.array(UpkeepFilingView),
    consentText: z.string(),
    /** A 建议备案 self-check that asked to be told: the follower count last reported (null: none opted in). */
    selfCheck: z.object({ followers: z.number().int().nullable(), crossed: z.boolean() }).nullable()
  })
})

export const directoryConsentContract = defineContract({
  fn: 'applicant',
  action: 'directory-consent',
  input: z.object({ filingId: RecordId('备案'), listed: z.boolean({ required_error: '请选择是否同意列入名录', invalid_type_error: '请选择是否同意列入名录' }) }).strict(),
  output: z.object({ listed: z.boolean() })
})
