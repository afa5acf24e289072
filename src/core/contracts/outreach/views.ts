/** Views of the outreach side shared by staff and operator contracts. */
import { z } from 'zod'
import { ACTIVITY_KINDS, PARTICIPATION_STATUSES, SegmentSchema } from '../../outreach/activity'

export const ActivityView = z.object({
  id: z.string(),
  version: z.number().int(),
  kind: z.enum(ACTIVITY_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  capacity: z.number().int(),
  signedUp: z.number().int(),
  placesLeft: z.number().int(),
  signupDeadline: z.string(),
  signupOpen: z.boolean(),
  description: z.string(),
  materials: z.array(z.object({ title: z.string(), url: z.string() })),
  status: z.enum(['published', 'cancelled'])
})
export type ActivityView = z.infer<typeof ActivityView>

export const StaffActivityView = ActivityView.extend({ audience: SegmentSchema, invited: z.number().int(), messaged: z.number().int(), createdByName: z.string() })

export const ParticipantView = z.object({
  id: z.string(),
  version: z.number().int(),
  accountNames: z.array(z.string()),
  fromSelfCheck: z.boolean(),
  status: z.enum(PARTICIPATION_STATUSES),
  statusLabel: z.string(),
  message: z.enum(['sent', 'no-consent', 'not-configured']),
  signedUpAt: z.string().nullable(),
  attendedAt: z.string().nullable(),
  attendedMethod: z.enum(['scan', 'hand']).nullable()
})
