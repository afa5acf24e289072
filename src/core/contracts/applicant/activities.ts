/** The operator's side of outreach: their events, sign-up and cancellation, the check-in QR, their record; opting a 建议备案 self-check in. */
import { z } from 'zod'
import { CONTENT_CATEGORIES } from '../../schemas/account'
import { EligibilityAnswersSchema } from '../../eligibility'
import { PARTICIPATION_STATUSES } from '../../outreach/activity'
import { defineContract } from '../contract'
import { Subscribed } from '../shared'
import { ActivityView } from '../outreach/views'
import { RecordId } from '../staff/record-id'
import { CrossingPromptView } from './upkeep'
import { NominationView } from '../staff/awards'

export const MyActivityItem = z.object({
  activity: ActivityView,
  participationId: z.string(),
  status: z.enum(PARTICIPATION_STATUSES),
  statusLabel: z.string(),
  /** The check-in QR's text, only while signed up (staff scan it at the venue). */
  checkinCode: z.string().nullable(),
  canSignUp: z.boolean(),
  canCancel: z.boolean()
})
export type MyActivityItem = z.infer<typeof MyActivityItem>

/** 我的备案's record of participation: the events attended (nominations and awards join it with 评优). */
export const OutreachRecordView = z.object({
  attended: z.array(z.object({ activityId: z.string(), title: z.string(), kindLabel: z.string(), at: z.string() })),
  /** 评优 events in which the operator was nominated, with the result once recorded. */
  nominations: z.array(z.object({ activityId: z.string(), title: z.string(), nomination: NominationView })).default([])
})

export const myActivitiesContract = defineContract({
  fn: 'applicant',
  action: 'my-activities',
  input: z.object({}).strict(),
  output: z.object({ items: z.array(MyActivityItem), record: OutreachRecordView, optedIn: z.boolean() })
})

const ParticipationInput = z.object({ id: RecordId('活动') }).strict()
export const activitySignupContract = defineContract({ fn: 'applicant', action: 'activity-signup', input: ParticipationInput, output: z.object({ item: MyActivityItem }) })
export const activityCancelContract = defineContract({ fn: 'applicant', action: 'activity-cancel', input: ParticipationInput, output: z.object({ item: MyActivityItem }) })

/** The activities page's 订阅活动通知 tap: one credit per accepted template. */
export const activitySubscribeContract = defineContract({
  fn: 'applicant',
  action: 'activity-subscribe',
  input: z.object({ subscribed: Subscribed }).strict(),
  output: z.object({ granted: z.number().int() })
})

/** A 建议备案 self-check asks to be told of events (or stops). The server recomputes the verdict. */
export const OutreachOptinInput = z
  .object({
    optedIn: z.boolean({ required_error: '请选择是否接收活动通知' }),
    answers: EligibilityAnswersSchema.optional(),
    town: z.string().max(32).optional(),
    category: z.enum(CONTENT_CATEGORIES, { errorMap: () => ({ message: '内容类别无效，请重新选择' }) }).optional()
  })
  .strict()
/**
 * `prompt`: an opted-in operator's self-check again, now past the follower threshold — the prompt
 * to file (the answers prefill the wizard) instead of a refusal.
 */
export const outreachOptinContract = defineContract({
  fn: 'applicant',
  action: 'outreach-optin',
  input: OutreachOptinInput,
  output: z.object({ optedIn: z.boolean(), prompt: CrossingPromptView.nullable().default(null) })
})
