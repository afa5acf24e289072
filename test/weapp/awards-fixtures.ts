/**
 * An 评优 story for the weapp and e2e tests, on top of the supervision story (whose operator has an
 * open case): a second operator files, attends a course (checked in by staff), consents to the
 * directory, and an 评优 event invites every filed operator. Made through the real actions on the
 * real clock, so the course starts half an hour from now (check-in opens an hour before the start).
 */
import type { CallAs, UploadAs } from './admin-fixtures'
import { STANDARD, submitFiling } from './admin-fixtures'

export interface AwardsStory { awardId: string, title: string }

export async function awardsStory (call: CallAs, upload: UploadAs): Promise<AwardsStory> {
  // Opened five days ago: filed well before its due date.
  const s = await submitFiling(call, upload, { ...STANDARD[2], owner: 'demo-applicant-b', openedOn: new Date(Date.now() - 5 * 86_400_000).toISOString().slice(0, 10) })
  await call('demo-reviewer', 'staff', 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } })
  await call('demo-applicant-b', 'applicant', 'directory-consent', { filingId: s.id, listed: true })
  const at = (min: number) => new Date(Date.now() + min * 60_000).toISOString()
  const event = (kind: string, title: string, startMin: number) => ({
    kind, title, startsAt: at(startMin), endsAt: at(startMin + 120), place: '开平市融媒体中心三楼', capacity: 30, signupDeadline: at(startMin - 20),
    description: '面向本市已备案自媒体的活动。', materials: [], audience: { standings: ['filed'] }
  })
  const course = await call('demo-reviewer', 'staff', 'activity-create', event('course', '短视频创作课堂', 30))
  const signed = await call('demo-applicant-b', 'applicant', 'activity-signup', { id: course.activity.id })
  await call('demo-reviewer', 'staff', 'activity-checkin', { activityId: course.activity.id, code: signed.item.checkinCode })
  const title = '年度优秀自媒体评选'
  const award = await call('demo-reviewer', 'staff', 'activity-create', event('award', title, 7 * 24 * 60))
  return { awardId: award.activity.id, title }
}
