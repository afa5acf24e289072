/** The staff's outreach calls, each through its action's contract in src/core/contracts. */
import { activitiesContract, activityCheckinContract, activityCreateContract, activityGetContract, activityMarkContract, audiencePreviewContract } from '../../core/contracts/staff/activities'
import { activityCancelByStaffContract, activityUpdateContract } from '../../core/contracts/staff/activity-edit'
import { roundGetContract, roundOpenContract, roundsContract } from '../../core/contracts/staff/rounds'
import type { ActivityInput, Segment } from '../../core/outreach/activity'
import type { z } from 'zod'
import type { ActivityInputSchema, SegmentSchema } from '../../core/outreach/activity'
import { call } from '../../services/api'

export type { ActivityInput, Segment }
export type ActivityDraft = z.input<typeof ActivityInputSchema>
export type SegmentDraft = z.input<typeof SegmentSchema>
export type StaffActivity = Awaited<ReturnType<typeof listActivities>>[number]
export type ActivityDetail = Awaited<ReturnType<typeof getActivity>>
export type Participant = ActivityDetail['participants'][number]
export type Round = Awaited<ReturnType<typeof listRounds>>[number]
export type RoundDetail = Awaited<ReturnType<typeof getRound>>

export const listActivities = () => call(activitiesContract, { limit: 50 }).then((r) => r.items)
export const getActivity = (id: string) => call(activityGetContract, { id })
export const previewAudience = (audience: SegmentDraft) => call(audiencePreviewContract, { audience })
export const createActivity = (input: ActivityDraft) => call(activityCreateContract, input)
export const checkIn = (activityId: string, code: string) => call(activityCheckinContract, { activityId, code }).then((r) => r.participant)
export const markByHand = (activityId: string, p: Participant, note: string) => call(activityMarkContract, { activityId, participantId: p.id, version: p.version, note }).then((r) => r.participant)
export const listRounds = () => call(roundsContract, {}).then((r) => r.items)
export const getRound = (id: string) => call(roundGetContract, { id })
export const openRound = (title: string, deadline: string) => call(roundOpenContract, { title, deadline }).then((r) => r.round)
export type ActivityEditDraft = Omit<ActivityDraft, 'kind' | 'audience'>
export const updateActivity = (id: string, version: number, edit: ActivityEditDraft) => call(activityUpdateContract, { ...edit, id, version })
export const cancelActivity = (id: string, version: number, reason: string) => call(activityCancelByStaffContract, { id, version, reason })
