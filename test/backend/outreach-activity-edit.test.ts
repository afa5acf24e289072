/**
 * Staff change or cancel an event through main: the signed-up operators are told — always in the
 * app (their list shows the event as it now is, or 已取消), by a 活动通知 message only where they
 * hold a credit, and only for what matters (time, place, cancellation). Refusals change nothing.
 * And 我的备案's card (applicant/my-outreach) counts what waits and the record.
 */
import { main as systemFn } from '../../cloudfunctions/system/index'
import { applicant, staff } from './support/flows'
import { makeEnv, OPENID, TEMPLATE, type TestEnv } from './support/env'
import { activityInput, createActivity, filedDouyin } from './support/outreach'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

type Staffed = { activity: { id: string; version: number; status: string; place: string; startsAt: string; capacity: number }; told: number; notified: number }
const tick = () => env.ok(systemFn, 'tick', {}, 'admin')
const changes = async () => (await env.rt.inbox.list()).filter((m) => m.templateId === TEMPLATE.activity && JSON.stringify(m.data).includes('：短视频创作与网络安全') && /有变更|已取消/.test(JSON.stringify(m.data)))
const editOf = (a: { id: string; version: number }, over: Record<string, unknown> = {}) => {
  const { kind: _k, audience: _a, ...rest } = activityInput(env)
  return { ...rest, id: a.id, version: a.version, ...over }
}
type Mine = { items: Array<{ activity: { place: string; status: string }; status: string; canSignUp: boolean; canCancel: boolean }> }

/** Two filed operators invited; the owner (with a 活动通知 credit left) and `other` (none) signed up. */
async function twoSignedUp(): Promise<{ id: string; version: number }> {
  await filedDouyin(env, 'owner', '号一')
  await filedDouyin(env, 'other', '号二')
  await tick()
  const created = await createActivity(env)
  for (const who of ['owner', 'other'] as const) await env.ok(applicant, 'activity-signup', { id: created.activity.id }, who)
  // The owner accepts 活动通知 after the invitation: one credit for the next message.
  await env.ok(applicant, 'activity-subscribe', { subscribed: env.accept('owner', [TEMPLATE.activity]) }, 'owner')
  const a = (await env.rt.store.activities.get(created.activity.id))!
  return { id: a.id, version: a.version }
}

describe('changing an event', () => {
  it('when staff move the place, then both operators see the new place and only the one with a credit gets a message', async () => {
    const a = await twoSignedUp()
    const out = await env.ok<Staffed>(staff, 'activity-update', editOf(a, { place: '开平市图书馆报告厅' }), 'reviewer')
    expect(out).toMatchObject({ activity: { place: '开平市图书馆报告厅', version: a.version + 1 }, told: 2, notified: 1 })
    for (const who of ['owner', 'other'] as const) expect((await env.ok<Mine>(applicant, 'my-activities', {}, who)).items[0].activity.place).toBe('开平市图书馆报告厅')
    await tick()
    expect(await changes()).toEqual([expect.objectContaining({ status: 'delivered', openid: OPENID.owner })])
    expect((await env.rt.store.audit.listByRef(a.id)).map((e) => e.action)).toContain('activity-update')
  })

  it('when only the description changes, then nobody is messaged', async () => {
    const a = await twoSignedUp()
    const out = await env.ok<Staffed>(staff, 'activity-update', editOf(a, { description: '课程增加现场答疑环节，欢迎提问。' }), 'reviewer')
    expect(out).toMatchObject({ told: 0, notified: 0 })
    await tick()
    expect(await changes()).toEqual([])
  })

  it.each([
    ['fewer places than signed up', { capacity: 1 }, '名额不能少于2人'],
    ['the sign-up deadline after the start', { signupDeadline: '2024-03-12T06:00:00.000Z' }, '报名截止时间不能晚于开始时间'],
    ['a start already past', { startsAt: '2024-03-01T06:00:00.000Z', endsAt: '2024-03-01T08:00:00.000Z', signupDeadline: '2024-02-28T06:00:00.000Z' }, '开始时间已过']
  ])('when staff set %s, then it is refused naming the field and nothing changes', async (_w, over, message) => {
    const a = await twoSignedUp()
    const before = await env.rt.store.activities.get(a.id)
    const res = await env.call(staff, 'activity-update', editOf(a, over), 'reviewer')
    expect(res).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(message) } })
    expect(await env.rt.store.activities.get(a.id)).toEqual(before)
  })

  it('when two staff edit from the same version, then the second is told to reload', async () => {
    const a = await twoSignedUp()
    await env.ok(staff, 'activity-update', editOf(a, { capacity: 40 }), 'reviewer')
    expect(await env.call(staff, 'activity-update', editOf(a, { capacity: 50 }), 'admin')).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect((await env.rt.store.activities.get(a.id))?.capacity).toBe(40)
  })
})

describe('cancelling an event', () => {
  it('when staff cancel, then operators see 已取消 and can no longer sign up or cancel; the one with a credit is messaged', async () => {
    const a = await twoSignedUp()
    const out = await env.ok<Staffed>(staff, 'activity-cancel', { id: a.id, version: a.version, reason: '场地临时维修' }, 'admin')
    expect(out).toMatchObject({ activity: { status: 'cancelled' }, told: 2, notified: 1 })
    const mine = (await env.ok<Mine>(applicant, 'my-activities', {}, 'other')).items[0]
    expect(mine).toMatchObject({ activity: { status: 'cancelled' }, canSignUp: false, canCancel: false })
    expect(await env.call(applicant, 'activity-cancel', { id: a.id }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: '活动已取消' } })
    await tick()
    expect((await changes()).map((m) => m.openid)).toEqual([OPENID.owner])
    expect(await env.call(staff, 'activity-cancel', { id: a.id, version: a.version + 1, reason: '再次取消' }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
  })

  it('when the cancellation has no reason, then it is refused naming the field', async () => {
    const a = await twoSignedUp()
    expect(await env.call(staff, 'activity-cancel', { id: a.id, version: a.version, reason: '' }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { reason: expect.stringContaining('取消原因') } } })
    expect((await env.rt.store.activities.get(a.id))?.status).toBe('published')
  })
})

describe('我的备案\'s outreach card', () => {
  it('when the operator is invited, signs up and attends, then the card counts open, signed-up and attended events', async () => {
    await filedDouyin(env, 'owner')
    const first = await createActivity(env)
    await createActivity(env, { title: '第二期课堂' })
    type Card = { open: number; signedUp: number; attendedCount: number; attended: Array<{ title: string }>; reverify: unknown[] }
    expect(await env.ok<Card>(applicant, 'my-outreach', {}, 'owner')).toMatchObject({ open: 2, signedUp: 0, attendedCount: 0, reverify: [] })
    const { item } = await env.ok<{ item: { checkinCode: string } }>(applicant, 'activity-signup', { id: first.activity.id }, 'owner')
    expect(await env.ok<Card>(applicant, 'my-outreach', {}, 'owner')).toMatchObject({ open: 1, signedUp: 1 })
    env.clock.set(new Date(Date.parse(activityInput(env).startsAt as string) - 30 * 60_000).toISOString())
    await env.ok(staff, 'activity-checkin', { activityId: first.activity.id, code: item.checkinCode }, 'reviewer')
    expect(await env.ok<Card>(applicant, 'my-outreach', {}, 'owner')).toMatchObject({ signedUp: 0, attendedCount: 1, attended: [{ title: '短视频创作与网络安全' }] })
    // Another operator's card shows none of it.
    expect(await env.ok<Card>(applicant, 'my-outreach', {}, 'other')).toMatchObject({ open: 0, signedUp: 0, attendedCount: 0 })
  })
})
