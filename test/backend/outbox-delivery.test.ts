/**
 * The outbox keeps alerts safe from WeChat outages: a send that fails twice then succeeds is
 * delivered exactly once, and a decision never fails because sending failed.
 */
import { main as systemFn } from '../../cloudfunctions/system/index'
import type { SendResult } from '../../backend/ports/notifier.port'
import { backoffMs, MAX_ATTEMPTS } from '../../backend/services/dispatcher'
import { approved, staff, submitted } from './support/flows'
import { makeEnv, type TestEnv } from './support/env'

let env: TestEnv
afterEach(() => env.dispose())

const tick = () => env.ok<{ dispatch: Record<string, number> }>(systemFn, 'tick', {}, 'admin')
const later = (ms: number) => env.clock.set(new Date(env.clock.now.getTime() + ms).toISOString())

describe('outbox delivery', () => {
  test('when the notifier fails twice then succeeds, then the message reaches the user exactly once', async () => {
    let failures = 2
    env = await makeEnv({ failSend: (): SendResult | null => (failures-- > 0 ? { ok: false, code: -1, message: 'system busy', retryable: true } : null) })
    await approved(env)
    for (let i = 0; i < 6; i++) { await tick(); later(10 * 60_000) }
    const inbox = await env.rt.inbox.list()
    expect(inbox).toHaveLength(1)
    expect(inbox[0].data.phrase2).toEqual({ value: '已通过' })
  })

  test('when WeChat is down for good, then a reviewer\'s decision still succeeds and its alert waits in the outbox', async () => {
    env = await makeEnv({ failSend: (): SendResult => ({ ok: false, code: -1, message: 'system busy', retryable: true }) })
    const s = await submitted(env)
    const decided = await env.call<{ status: string, filingNumber: string | null }>(staff, 'decide', { id: s.id, version: s.version, decision: { decision: 'approve' } }, 'reviewer')
    expect(decided.ok).toBe(true)
    if (decided.ok) expect(decided.data.status).toBe('approved')
    await tick()
    const waiting = await env.rt.store.outbox.listByFiling(s.id)
    expect(waiting).toHaveLength(1)
    for (const m of waiting) expect(m.status).not.toBe('sent')
    expect(await env.rt.inbox.list()).toHaveLength(0)
  })
})

test('when a send keeps failing with a retryable error, then the outbox gives up after its maximum attempts and sends no more', async () => {
  const sends: string[] = []
  env = await makeEnv({ failSend: (m): SendResult => (sends.push(m.templateId), { ok: false, code: -1, message: 'system busy', retryable: true }) })
  const a = await approved(env)
  for (let i = 0; i < MAX_ATTEMPTS + 4; i++) {
    await tick()
    later(backoffMs(MAX_ATTEMPTS) + 60_000)
  }
  expect(sends).toHaveLength(MAX_ATTEMPTS)
  expect(await env.rt.store.outbox.listByFiling(a.id)).toEqual([expect.objectContaining({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: expect.stringContaining('system busy') })])
})
