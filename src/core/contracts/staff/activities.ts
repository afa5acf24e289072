/** Staff side of outreach: create an event for an audience, list, one event with its operators, check-in by QR or by hand. */
import { z } from 'zod'
import { ActivityInputSchema, HandCheckinNote, SegmentSchema } from '../../outreach/activity'
import { defineContract } from '../contract'
import { Version } from '../shared'
import { ParticipantView, StaffActivityView } from '../outreach/views'
import { RecordId } from './record-id'

const Audience = z.object({ filed: z.number().int(), suggested: z.number().int(), total: z.number().int() })

export const audiencePreviewContract = defineContract({ fn: 'staff', action: 'audience-preview', input: z.object({ audience: SegmentSchema }).strict(), output: Audience })

export const activityCreateContract = defineContract({
  fn: 'staff',
  action: 'activity-create',
  input: ActivityInputSchema,
  output: z.object({ activity: StaffActivityView, audience: Audience, messaged: z.number().int() })
})

export const activitiesContract = defineContract({
  fn: 'staff',
  action: 'activities',
  input: z.object({ limit: z.number().int().min(1).max(200, '每次最多200条').default(50) }).strict(),
  output: z.object({ items: z.array(StaffActivityView) })
})

export const activityGetContract = defineContract({
  fn: 'staff',
  action: 'activity-get',
  input: z.object({ id: RecordId('活动') }).strict(),
  output: z.object({ activity: StaffActivityView, participants: z.array(ParticipantView) })
})

const CheckinCode = z.string({ required_error: '请扫描签到码', invalid_type_error: '签到码无效，请重新扫描' }).trim().min(8, '签到码无效，请重新扫描').max(64, '签到码无效，请重新扫描')

/** The scan: the code from the operator's check-in QR. */
export const activityCheckinContract = defineContract({
  fn: 'staff',
  action: 'activity-checkin',
  input: z.object({ activityId: RecordId('活动'), code: CheckinCode }).strict(),
  output: z.object({ participant: ParticipantView })
})

/** By hand, from the event's list (no QR at hand), with a note. */
export const activityMarkContract = defineContract({
  fn: 'staff',
  action: 'activity-mark',
  input: z.object({ activityId: RecordId('活动'), participantId: RecordId('报名记录'), version: Version, note: HandCheckinNote }).strict(),
  output: z.object({ participant: ParticipantView })
})
