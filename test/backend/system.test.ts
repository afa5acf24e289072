import { main as systemFn } from '../../cloudfunctions/system/index'
import type { OutgoingMessage, SendResult } from '../../backend/ports/notifier.port'
import { applicant, approved, draftOf, staff, submitted } from './support/flows'
import { makeEnv, OPENID, TEMPLATE, type TestEnv } from './support/env'

let env: TestEnv
afterEach(() => env.dispose())

const tick = () => env.ok<{ reminders: Record<string, number>; dispatch: Record<string, number>; purge: Record<string, number> }>(systemFn, 'tick', {}, 'admin')

describe('notification dispatch', () => {
  it('when the office decides on a subscribed filing, then the dispatcher delivers core-built data to the inbox once', async () => {
    env = await makeEnv()
    const a = await approved(env)
    const out = await tick()
    expect(out.dispatch).toMatchObject({ sent: 1 })
    const inbox = await env.rt.inbox.list()
    expect(inbox).toEqual([expect.objectContaining({ openid: OPENID.owner, templateId: TEMPLATE.result, status: 'delivered', page: `packages/filing/pages/detail/index?id=${a.id}`, data: expect.objectContaining({ phrase2: { value: '已通过' } }) })])
    expect((await tick()).dispatch).toMatchObject({ sent: 0 })
  })

  it('when WeChat answers 43101 (not subscribed), then it is recorded as refused and never retried', async () => {
    const sends: OutgoingMessage[] = []
    env = await makeEnv({ failSend: (m): SendResult => (sends.push(m), { ok: false, code: 43101, message: 'user refuse to accept the msg', retryable: false }) })
    const a = await approved(env)
    expect((await tick()).dispatch).toMatchObject({ refused: 1 })
    env.clock.advanceDays(1)
    await tick()
    expect(sends).toHaveLength(1)
    expect(await env.rt.store.outbox.listByFiling(a.id)).toEqual([expect.objectContaining({ status: 'refused', lastError: expect.stringContaining('43101') })])
  })

  it('when WeChat is down, then the message is retried with exponential backoff until it goes through', async () => {
    let down = 2
    env = await makeEnv({ failSend: () => (down-- > 0 ? { ok: false, code: -1, message: 'system busy', retryable: true } : null) })
    const a = await approved(env)
    expect((await tick()).dispatch).toMatchObject({ retrying: 1 })
    const first = (await env.rt.store.outbox.listByFiling(a.id))[0]
    expect(Date.parse(first.nextAttemptAt) - env.clock.now.getTime()).toBe(60_000)
    expect((await tick()).dispatch).toMatchObject({ sent: 0, retrying: 0 }) // not due yet
    env.clock.set(new Date(env.clock.now.getTime() + 61_000).toISOString())
    expect((await tick()).dispatch).toMatchObject({ retrying: 1 })
    expect(Date.parse((await env.rt.store.outbox.listByFiling(a.id))[0].nextAttemptAt) - env.clock.now.getTime()).toBe(120_000)
    env.clock.set(new Date(env.clock.now.getTime() + 121_000).toISOString())
    expect((await tick()).dispatch).toMatchObject({ sent: 1 })
  })

  it('when the owner did not accept any template, then the decision queues no message and the audit says so', async () => {
    env = await makeEnv()
    const d = await draftOf(env)
    const s = await env.ok<{ version: number }>(applicant, 'submit', { id: d.id, version: d.version, requestId: 'req-nosub-1', subscribed: [] }, 'owner')
    await env.ok(staff, 'decide', { id: d.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(await env.rt.store.outbox.listByFiling(d.id)).toEqual([])
    expect((await env.rt.store.audit.listByFiling(d.id)).pop()).toMatchObject({ action: 'approve', detail: { notified: false, unsent: 'no-consent' } })
  })
})

describe('retention', () => {
  it('when a draft is untouched past the retention period, then it and its photos are purged', async () => {
    env = await makeEnv()
    const d = await draftOf(env)
    const fileId = ((await env.rt.store.filings.get(d.id))?.working.content.documents as Array<{ fileId: string }>)[0].fileId
    env.clock.advanceDays(env.rt.config.retention.abandonedDraftDays + 1)
    expect((await tick()).purge).toMatchObject({ draftsDeleted: 1, filesRemoved: 3 })
    expect(await env.rt.store.filings.get(d.id)).toBeNull()
    expect((await env.rt.files.info(fileId)).exists).toBe(false)
  })

  it('when a filing was withdrawn long ago, then its photos are removed but the record and audit stay', async () => {
    env = await makeEnv()
    const s = await submitted(env)
    await env.ok(applicant, 'withdraw', { id: s.id, version: s.version }, 'owner')
    env.clock.advanceDays(env.rt.config.retention.closedFilingFileDays + 1)
    expect((await tick()).purge).toMatchObject({ filingsStripped: 1, filesRemoved: 3 })
    const rec = await env.rt.store.filings.get(s.id)
    expect(rec?.working.content.documents).toEqual([])
    expect((await env.rt.store.audit.listByFiling(s.id)).map((e) => e.action)).toEqual(['submit', 'withdraw', 'purge-files'])
  })
})

describe('local timer', () => {
  it('when the local server fires a platform-shaped timer event without context.local, then the tick runs', async () => {
    env = await makeEnv()
    await approved(env)
    expect(await systemFn({ Type: 'Timer', TriggerName: 'local-tick' }, {})).toMatchObject({ ok: true, data: { dispatch: { sent: 1 } } })
  })

  it('when an /api caller (with context.local) sends a timer-shaped event, then it is not the timer', async () => {
    env = await makeEnv()
    await approved(env)
    for (const local of [{ openid: '' }, { openid: OPENID.owner }]) {
      expect(await systemFn({ Type: 'Timer' }, { local })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
    expect(await env.rt.inbox.list()).toEqual([])
  })
})
