/** Outreach arrangements: an event's input, an event created for an audience, an invited operator. */
import { applicant, approved, staff } from './flows'
import { selfMedia } from './factories'
import type { TestEnv, Who } from './env'

type Signed = Exclude<Who, 'anonymous'>

/** An event a week ahead of the test clock (Monday 2024-03-04): sign-up closes the day before. */
export function activityInput(env: TestEnv, over: Record<string, unknown> = {}): Record<string, unknown> {
  const day = (n: number, hh: string) => new Date(env.clock.now.getTime() + n * 86_400_000).toISOString().slice(0, 10) + `T${hh}:00:00.000Z`
  return {
    kind: 'course',
    title: '短视频创作与网络安全',
    startsAt: day(7, '06'),
    endsAt: day(7, '08'),
    place: '开平市融媒体中心三楼',
    capacity: 30,
    signupDeadline: day(6, '09'),
    description: '讲授短视频拍摄剪辑与网络信息内容生态治理规定。',
    materials: [{ title: '课件', url: 'https://www.kaiping.gov.cn/outreach/slides.pdf' }],
    audience: { standings: ['filed'], platforms: ['douyin'], towns: ['440783001'] },
    ...over
  }
}

export interface Created {
  activity: { id: string; version: number; signedUp: number; invited: number; messaged: number }
  audience: { filed: number; suggested: number; total: number }
  messaged: number
}

export async function createActivity(env: TestEnv, over: Record<string, unknown> = {}, who: Signed = 'reviewer'): Promise<Created> {
  return env.ok<Created>(staff, 'activity-create', activityInput(env, over), who)
}

/** An approved 抖音 filing in 三埠 owned by `who`. */
export async function filedDouyin(env: TestEnv, who: Signed = 'owner', name = '开平美食探店'): Promise<void> {
  await approved(env, who, { accounts: [selfMedia({ accountName: name })] })
}

/** The owner filed and was invited: the event's id. */
export async function invitedActivity(env: TestEnv, over: Record<string, unknown> = {}): Promise<string> {
  await filedDouyin(env)
  return (await createActivity(env, over)).activity.id
}

export async function signedUp(env: TestEnv, who: Signed = 'owner'): Promise<{ activityId: string; code: string }> {
  const id = await invitedActivity(env)
  const out = await env.ok<{ item: { checkinCode: string } }>(applicant, 'activity-signup', { id }, who)
  return { activityId: id, code: out.item.checkinCode }
}
