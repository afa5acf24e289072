/**
 * Alerts that arrive. The local notifier keeps WeChat's own count of one-time consents (granted
 * only by a prompt's accept, as WeChat's servers learn it) and refuses a send without one with
 * 43101; the only outside world replaced is WeChat's send API itself.
 */
import { main as systemFn } from '../../cloudfunctions/system/index'
import { renderInbox } from '../../local/inbox-page'
import { applicant, draftOf, requestId, staff } from './support/flows'
import { completeIndividual } from './support/factories'
import { makeEnv, OPENID, TEMPLATE, type TestEnv } from './support/env'
import { localSubscribeSettings } from '../../backend/runtime/local'
import { TEST_SUBSCRIBE_TEMPLATES } from './support/env'

let env: TestEnv
afterEach(() => env.dispose())

type Outcome = { id: string; version: number; status: string; filingNumber: string | null }
const tick = () => env.ok<{ reminders: { reminded: number }; dispatch: Record<string, number> }>(systemFn, 'tick', {}, 'admin')

/** A submit whose prompt the owner answered with 允许 for `accepted` only. */
async function submitAccepting(accepted: string[]): Promise<Outcome> {
  const d = await draftOf(env)
  return env.ok<Outcome>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: env.accept('owner', accepted) }, 'owner')
}

describe('the message people wait for arrives', () => {
  beforeEach(async () => {
    env = await makeEnv()
  })

  it('when the owner accepted the review-result template once at submit, then the approval with its number is delivered (the submission spends nothing)', async () => {
    const s = await submitAccepting([TEMPLATE.result])
    expect((await tick()).dispatch).toMatchObject({ sent: 0 })
    const a = await env.ok<Outcome>(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect((await tick()).dispatch).toMatchObject({ sent: 1, refused: 0 })
    const inbox = await env.rt.inbox.list()
    expect(inbox).toEqual([expect.objectContaining({ status: 'delivered', openid: OPENID.owner, templateId: TEMPLATE.result })])
    expect(inbox[0].data).toMatchObject({ phrase2: { value: '已通过' }, thing4: { value: `备案号：${a.filingNumber}` } })
  })

  it('when a filing is returned, then the 补正提醒 names the fields and the fix-by date; the resubmit asks again, so the approval still arrives', async () => {
    const s = await submitAccepting([TEMPLATE.result, TEMPLATE.fix])
    const r = await env.ok<Outcome>(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'return', reasons: [{ field: 'subject.phone', reason: '联系电话无法接通，请核对' }] } }, 'reviewer')
    const fixBy = (await env.rt.store.filings.get(s.id))?.fixBy
    expect(fixBy).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await tick()
    const content = await completeIndividual(env.rt, OPENID.owner)
    const re = await env.ok<Outcome>(applicant, 'resubmit', { id: s.id, version: r.version, requestId: requestId(), subscribed: env.accept('owner', [TEMPLATE.fix]), content }, 'owner')
    await env.ok(staff, 'decide', { id: s.id, version: re.version, decision: { decision: 'approve' } }, 'reviewer')
    await tick()
    const inbox = (await env.rt.inbox.list()).reverse()
    expect(inbox.map((m) => [m.templateId, m.status])).toEqual([
      [TEMPLATE.fix, 'delivered'],
      [TEMPLATE.result, 'delivered']
    ])
    expect(inbox[0].data).toMatchObject({ thing2: { value: '需修改1项：联系电话' }, date3: { value: fixBy } })
  })

  it('when a client reports an accept WeChat never saw, then the local WeChat refuses the send with 43101, the outbox records it and /dev/inbox shows it refused', async () => {
    const d = await draftOf(env)
    const s = await env.ok<Outcome>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: [TEMPLATE.result] }, 'owner')
    await env.ok(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect((await tick()).dispatch).toMatchObject({ refused: 1 })
    expect(await env.rt.store.outbox.listByFiling(s.id)).toEqual([expect.objectContaining({ status: 'refused', lastError: expect.stringContaining('43101') })])
    const inbox = await env.rt.inbox.list()
    expect(inbox).toEqual([expect.objectContaining({ status: 'refused', errCode: 43101 })])
    expect(renderInbox(inbox)).toContain('未送达（43101')
  })
})

describe('what staff see', () => {
  beforeEach(async () => {
    env = await makeEnv()
  })

  it('when the applicant accepted nothing, then the review screen says 未订阅 with the phone to call; with a consent it says the decision will reach them', async () => {
    const none = await submitAccepting([])
    expect(await env.ok(staff, 'get', { id: none.id }, 'reviewer')).toMatchObject({ reach: { notifiable: false, phone: '13800138000' } })
    await env.ok(staff, 'decide', { id: none.id, version: none.version, decision: { decision: 'reject', reason: '不属于本地管理范围' } }, 'reviewer')
    const subscribed = await submitAccepting([TEMPLATE.result])
    expect(await env.ok(staff, 'get', { id: subscribed.id }, 'reviewer')).toMatchObject({ reach: { notifiable: true, byKind: { approved: true, returned: true, rejected: true } } })
  })
})

describe('deadline reminders from the timer', () => {
  beforeEach(async () => {
    env = await makeEnv()
  })

  it('when a returned filing\'s fix-by date is near, then one 到期提醒 is sent against a credit, and later ticks do not repeat it', async () => {
    const s = await submitAccepting([TEMPLATE.result, TEMPLATE.remind])
    await env.ok(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'return', reasons: [{ field: 'subject.phone', reason: '联系电话无法接通，请核对' }] } }, 'reviewer')
    expect((await tick()).reminders).toEqual({ reminded: 0 })
    const fixBy = (await env.rt.store.filings.get(s.id))?.fixBy as string
    env.clock.set(`${fixBy}T01:00:00.000Z`)
    expect((await tick()).reminders).toEqual({ reminded: 1 })
    expect((await tick()).reminders).toEqual({ reminded: 0 })
    const reminders = (await env.rt.inbox.list()).filter((m) => m.templateId === TEMPLATE.remind)
    expect(reminders).toEqual([expect.objectContaining({ status: 'delivered', data: expect.objectContaining({ date2: { value: fixBy } }) })])
    expect((await env.rt.store.audit.listByFiling(s.id)).filter((e) => e.action === 'remind')).toHaveLength(1)
  })
})

describe('long-term templates', () => {
  it('when the deployment declares long-term templates, then decisions are sent without counting consents', async () => {
    env = await makeEnv({ subscribe: localSubscribeSettings(TEST_SUBSCRIBE_TEMPLATES, true) })
    const d = await draftOf(env)
    const s = await env.ok<Outcome>(applicant, 'submit', { id: d.id, version: d.version, requestId: requestId(), subscribed: [] }, 'owner')
    await env.ok(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect((await tick()).dispatch).toMatchObject({ sent: 1 })
  })
})
