/** The operator's outreach calls (activities subpackage), each through its action's contract. */
import { activityCancelContract, activitySignupContract, activitySubscribeContract, myActivitiesContract, type MyActivityItem } from '../../core/contracts/applicant/activities'
import { myReverificationsContract } from '../../core/contracts/applicant/reverification'
import { call } from '../../services/api'

export type MyActivity = MyActivityItem
export type MyActivities = Awaited<ReturnType<typeof loadMyActivities>>

export const loadMyActivities = () => call(myActivitiesContract, {})
export const signUp = (id: string) => call(activitySignupContract, { id }).then((r) => r.item)
export const cancelSignup = (id: string) => call(activityCancelContract, { id }).then((r) => r.item)
export const grantActivityCredits = (subscribed: string[]) => call(activitySubscribeContract, { subscribed })
export const loadMyRounds = () => call(myReverificationsContract, {}).then((r) => r.items)
