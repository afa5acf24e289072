/**
 * Activities (活动与培训) through main: staff create an event for an audience segment; the
 * operators it selects (and only they) find it in their list; an invitation is a subscription
 * message only where the operator holds a credit (WeChat's send is the local inbox, which refuses
 * without consent); sign-up within capacity and deadline, cancellation, check-in by the QR's code or
 * by hand, and attendance in the operator's record.
 */
import { main as systemFn } from '../../cloudfunctions/system/index'
import { applicant, approved, staff } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, OPENID, TEMPLATE, type TestEnv, type Who } from './support/env'
import { activityInput, createActivity, filedDouyin, invitedActivity, signedUp } from './support/outreach'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

type Mine = { items: Array<{ activity: { id: string; title: string; placesLeft: number }; status: string; checkinCode: string | null; canSignUp: boolean; canCancel: boolean }>; record: { attended: Array<{ title: string }> }; optedIn: boolean }
const mine = (who: Exclude<Who, 'anonymous'> = 'owner') => env.ok<Mine>(applicant, 'my-activities', {}, who)
const tick = () => env.ok<{ dispatch: Record<string, number> }>(systemFn, 'tick', {}, 'admin')
/** Delivers what the filings' approvals owed, so the next tick counts only the invitations. */
const flush = async () => {
  await tick()
}
const invitations = async () => (await env.rt.inbox.list()).filter((m) => m.templateId === TEMPLATE.activity || m.status === 'refused')
const SUGGESTED_ANSWERS = { registeredInCity: true, operatorLivesInCity: true, platform: 'douyin', followers: 1200, publishesLocalNews: false, contentMostlyLocal: true, previouslyFiledAndChanged: false, accountName: '小城日记' }

describe('creating an event', () => {
  it('when staff create a 新媒体课堂 for 抖音 accounts in 三埠, then the matching operator sees it in their list and the event is audited', async () => {
    await filedDouyin(env, 'owner')
    await approved(env, 'other', { accounts: [selfMedia({ platform: 'kuaishou', accountName: '快手号' })] })
    const out = await createActivity(env)
    expect(out.audience).toEqual({ filed: 1, suggested: 0, total: 1 })
    expect((await mine('owner')).items.map((i) => [i.activity.title, i.status, i.canSignUp])).toEqual([['短视频创作与网络安全', 'invited', true]])
    expect((await mine('other')).items).toEqual([])
    expect((await env.rt.store.audit.listByRef(out.activity.id)).map((e) => e.action)).toEqual(['activity-create'])
  })

  it.each([
    ['the sign-up deadline is after the start', { signupDeadline: '2024-03-12T06:00:00.000Z' }, '报名截止时间不能晚于开始时间'],
    ['the event is in the past', { startsAt: '2024-03-01T06:00:00.000Z', signupDeadline: '2024-03-05T06:00:00.000Z' }, '开始时间已过'],
    ['it ends before it starts', { endsAt: '2024-03-11T05:00:00.000Z' }, '结束时间应晚于开始时间'],
    ['no standing is chosen', { audience: { standings: [] } }, '请至少选择一种备案状态'],
    ['a town is not local', { audience: { standings: ['filed'], towns: ['999999'] } }, '不在本地列表中'],
    ['a platform is unknown', { audience: { standings: ['filed'], platforms: ['myspace'] } }, '不在本地平台列表中'],
    ['the capacity is zero', { capacity: 0 }, '名额至少为1人']
  ])('when %s, then it is refused in Chinese and nothing is stored', async (_what, over, message) => {
    const res = await env.call(staff, 'activity-create', activityInput(env, over), 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(message) } })
    expect(await env.rt.store.activities.list(10)).toEqual([])
  })
})

describe('invitations under the notification policy', () => {
  it('when one operator consented to 活动通知 and another did not, then only the first gets a message (its credit is spent); both see the event', async () => {
    await filedDouyin(env, 'owner', '号一')
    await filedDouyin(env, 'other', '号二')
    await flush()
    const granted = await env.ok<{ granted: number }>(applicant, 'activity-subscribe', { subscribed: env.accept('owner', [TEMPLATE.activity]) }, 'owner')
    expect(granted).toEqual({ granted: 1 })
    const out = await createActivity(env)
    expect(out).toMatchObject({ audience: { total: 2 }, messaged: 1, activity: { invited: 2, messaged: 1 } })
    expect((await tick()).dispatch).toMatchObject({ sent: 1, refused: 0 })
    const inbox = await invitations()
    expect(inbox).toEqual([expect.objectContaining({ status: 'delivered', openid: OPENID.owner, templateId: TEMPLATE.activity })])
    expect(inbox[0].data).toMatchObject({ thing1: { value: expect.stringContaining('新媒体课堂') } })
    // Both are listed; the second event finds no credit left, so it is listed and not messaged.
    expect((await mine('other')).items).toHaveLength(1)
    const again = await createActivity(env, { title: '第二期课堂' })
    expect(again.messaged).toBe(0)
    expect((await mine('owner')).items.map((i) => i.activity.title).sort()).toEqual(['短视频创作与网络安全', '第二期课堂'].sort())
    const rows = await env.rt.store.participations.listByActivity(again.activity.id, 10)
    expect(rows.map((r) => r.message)).toEqual(['no-consent', 'no-consent'])
  })

  it('when a client reports an accept WeChat never saw, then nothing is sent beyond a credit: the local WeChat refuses with 43101', async () => {
    await filedDouyin(env)
    await flush()
    await env.ok(applicant, 'activity-subscribe', { subscribed: [TEMPLATE.activity] }, 'owner')
    await createActivity(env)
    expect((await tick()).dispatch).toMatchObject({ sent: 0, refused: 1 })
    expect(await invitations()).toEqual([expect.objectContaining({ status: 'refused', errCode: 43101, templateId: TEMPLATE.activity })])
  })
})

describe('an operator signs up, cancels and is checked in', () => {
  it('when the operator signs up, then a place is taken and the check-in code shows; cancelling gives the place back and hides the code', async () => {
    const id = await invitedActivity(env, { capacity: 2 })
    const s = await env.ok<{ item: Mine['items'][number] }>(applicant, 'activity-signup', { id }, 'owner')
    expect(s.item).toMatchObject({ status: 'signed-up', canCancel: true, activity: { placesLeft: 1 }, checkinCode: expect.stringMatching(/^[0-9a-f]{24}$/) })
    expect(await env.call(applicant, 'activity-signup', { id }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '您已报名该活动' } })
    const c = await env.ok<{ item: Mine['items'][number] }>(applicant, 'activity-cancel', { id }, 'owner')
    expect(c.item).toMatchObject({ status: 'cancelled', checkinCode: null, activity: { placesLeft: 2 } })
    expect((await env.rt.store.activities.get(id))?.signedUp).toBe(0)
  })

  it('when the places are taken, then the next sign-up is refused as 名额已满 and the count stays at capacity', async () => {
    await filedDouyin(env, 'owner', '号一')
    await filedDouyin(env, 'other', '号二')
    const { activity } = await createActivity(env, { capacity: 1 })
    const [a, b] = await Promise.all([env.call(applicant, 'activity-signup', { id: activity.id }, 'owner'), env.call(applicant, 'activity-signup', { id: activity.id }, 'other')])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    expect([a, b].find((r) => !r.ok)).toMatchObject({ error: { code: 'invalid_state', message: '名额已满' } })
    expect((await env.rt.store.activities.get(activity.id))?.signedUp).toBe(1)
  })

  it('when the sign-up deadline has passed, then sign-up is refused; after the start, cancellation is refused', async () => {
    const id = await invitedActivity(env)
    env.clock.advanceDays(6.5)
    expect(await env.call(applicant, 'activity-signup', { id }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '报名已截止' } })
    expect((await mine()).items[0]).toMatchObject({ canSignUp: false })
  })

  it('when someone not invited tries to sign up, then the event is not theirs to see', async () => {
    const id = await invitedActivity(env)
    expect(await env.call(applicant, 'activity-signup', { id }, 'other')).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('when staff scan the operator QR at the venue, then attendance is recorded and shows in the operator record; a second scan is refused', async () => {
    const { activityId, code } = await signedUp(env)
    env.clock.set('2024-03-11T05:30:00.000Z')
    const out = await env.ok<{ participant: { status: string; attendedMethod: string } }>(staff, 'activity-checkin', { activityId, code }, 'reviewer')
    expect(out.participant).toMatchObject({ status: 'attended', attendedMethod: 'scan' })
    expect(await env.call(staff, 'activity-checkin', { activityId, code }, 'reviewer')).toMatchObject({ ok: false, error: { message: '已签到，无需重复签到' } })
    expect((await mine()).record.attended.map((a) => a.title)).toEqual(['短视频创作与网络安全'])
    expect(await env.call(applicant, 'activity-cancel', { id: activityId }, 'owner')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
  })

  it('when a code is forged or belongs to another event, then the scan is refused and nothing changes', async () => {
    const { activityId, code } = await signedUp(env)
    const other = await createActivity(env, { title: '另一场' })
    env.clock.set('2024-03-11T05:30:00.000Z')
    expect(await env.call(staff, 'activity-checkin', { activityId: other.activity.id, code }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await env.call(staff, 'activity-checkin', { activityId, code: '0123456789abcdef01234567' }, 'reviewer')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect((await env.rt.store.participations.listByActivity(activityId, 10)).map((p) => p.status)).toEqual(['signed-up'])
  })

  it('when the check-in is too early, then it is refused; staff then mark attendance by hand with a note, once the event has opened', async () => {
    const { activityId } = await signedUp(env)
    const got = await env.ok<{ participants: Array<{ id: string; version: number; status: string }> }>(staff, 'activity-get', { id: activityId }, 'reviewer')
    const p = got.participants[0]
    expect(await env.call(staff, 'activity-mark', { activityId, participantId: p.id, version: p.version, note: '忘带手机' }, 'reviewer')).toMatchObject({ ok: false, error: { message: '签到在活动开始前1小时开放' } })
    env.clock.set('2024-03-11T06:10:00.000Z')
    const out = await env.ok<{ participant: { status: string; attendedMethod: string } }>(staff, 'activity-mark', { activityId, participantId: p.id, version: p.version, note: '忘带手机' }, 'admin')
    expect(out.participant).toMatchObject({ status: 'attended', attendedMethod: 'hand' })
    expect((await env.rt.store.audit.listByRef(activityId)).map((e) => e.action)).toEqual(['activity-create', 'activity-signup', 'activity-checkin'])
  })
})

describe('建议备案 self-checks that opted in', () => {
  it('when a 建议备案 self-check opts in, then an event for 建议备案 reaches it; one that says 须备案 is refused', async () => {
    await env.ok(applicant, 'outreach-optin', { optedIn: true, answers: SUGGESTED_ANSWERS, town: '440783001', category: '本地生活' }, 'reviewer2')
    expect(await env.call(applicant, 'outreach-optin', { optedIn: true, answers: { ...SUGGESTED_ANSWERS, followers: 8000 } }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('须备案') } })
    const out = await createActivity(env, { audience: { standings: ['suggested'], followerBands: ['lt5k'] } })
    expect(out.audience).toEqual({ filed: 0, suggested: 1, total: 1 })
    expect((await mine('reviewer2'))).toMatchObject({ optedIn: true, items: [{ status: 'invited' }] })
    await env.ok(applicant, 'outreach-optin', { optedIn: false }, 'reviewer2')
    expect((await createActivity(env, { audience: { standings: ['suggested'] } })).audience.total).toBe(0)
  })
})
