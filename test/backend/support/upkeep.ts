/** Arrangements for 评优, upkeep prompts and the directory: an 评优 event, an opted-in small account, a filed filing. */
import { applicant, approved, staff } from './flows'
import { selfMedia } from './factories'
import { OPENID, type TestEnv, type Who } from './env'
import { createActivity, filedDouyin } from './outreach'

type Signed = Exclude<Who, 'anonymous'>

/** A 建议备案 self-check's answers: a 抖音 account in the city with `followers`. */
export const smallAnswers = (followers: number) => ({
  registeredInCity: true,
  operatorLivesInCity: true,
  platform: 'douyin',
  followers,
  publishesLocalNews: false,
  contentMostlyLocal: true,
  previouslyFiledAndChanged: false
})

/** `who` ran the self-check (800 followers, 建议备案) and asked to be told. */
export async function optedInSmall(env: TestEnv, who: Signed = 'other', followers = 800): Promise<void> {
  await env.ok(applicant, 'outreach-optin', { optedIn: true, answers: smallAnswers(followers), town: '440783001', category: '美食' }, who)
}

/** The owner's 抖音 filing approved, then an 评优 event for 抖音 accounts: the event's id. */
export async function awardEvent(env: TestEnv, name = '开平美食探店'): Promise<string> {
  await filedDouyin(env, 'owner', name)
  return (await createActivity(env, { kind: 'award', title: '年度优秀自媒体评选', audience: { standings: ['filed'], platforms: ['douyin'] } })).activity.id
}

/** An approved filing of `who` with one 抖音 account: its id. */
export async function filedId(env: TestEnv, who: Signed = 'owner', name = '开平侨乡故事'): Promise<string> {
  return (await approved(env, who, { accounts: [selfMedia({ accountName: name })] })).id
}

/**
 * The owner qualifies for 评优 (filed on time, no case, no round, one course attended), then an
 * 评优 event for 抖音 accounts is created: the event, and the owner's place in it.
 */
export async function qualifiedCandidate(env: TestEnv, name = '开平美食探店', who: Signed = 'owner'): Promise<{ activityId: string; candidateId: string; version: number }> {
  // Opened a week before today's test clock: filed well within its due date.
  const openedOn = new Date(env.clock.now.getTime() - 7 * 86_400_000).toISOString().slice(0, 10)
  await approved(env, who, { accounts: [selfMedia({ accountName: name, openedOn })] })
  const course = (await createActivity(env, { title: '短视频课堂' })).activity.id
  const out = await env.ok<{ item: { checkinCode: string } }>(applicant, 'activity-signup', { id: course }, who)
  const a = await env.rt.store.activities.get(course)
  env.clock.set(a?.startsAt ?? '')
  await env.ok(staff, 'activity-checkin', { activityId: course, code: out.item.checkinCode }, 'reviewer')
  const activityId = (await createActivity(env, { kind: 'award', title: '年度优秀自媒体评选', audience: { standings: ['filed'], platforms: ['douyin'] } })).activity.id
  const p = (await env.rt.store.participations.listByActivity(activityId, 500)).find((x) => x.openid === OPENID[who])
  if (!p) throw new Error(`${who} was not invited to the 评优 event`)
  return { activityId, candidateId: p.id, version: p.version }
}
