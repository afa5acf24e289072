/**
 * 年度核验 through main, across the 2024 清明 holiday (4–6 April off, Sunday 7 April a make-up
 * working day): a round opened on Monday 25 March with the deadline Monday 8 April reminds on
 * Friday 29 March (5 working days before) and on Sunday 7 April (the working day before), never
 * on the holiday; one operator changes their filing (an amendment in the review queue), another
 * does nothing and becomes a supervision lead the day after the deadline, not before.
 */
import { main as systemFn } from '../../cloudfunctions/system/index'
import { applicant, approved, requestId, staff } from './support/flows'
import { selfMedia } from './support/factories'
import { makeEnv, type TestEnv } from './support/env'

let env: TestEnv
beforeEach(async () => {
  env = await makeEnv()
})
afterEach(() => env.dispose())

const INSPECTION = { rumours: { ok: true }, unverified: { ok: true }, staff: { ok: false, fix: '已建立内容三审制度并培训小编' }, commitment: true }
type Tick = { reverification: { reminded: number; leads: number } }
const tickAt = async (iso: string) => {
  env.clock.set(iso)
  return (await env.ok<Tick>(systemFn, 'tick', {}, 'admin')).reverification
}
type Entry = { id: string; filingId: string; status: string; canRespond: boolean }
const entries = async (who: 'owner' | 'other') => (await env.ok<{ items: Entry[] }>(applicant, 'my-reverifications', {}, who)).items

async function twoFiledAndARound() {
  const a = await approved(env, 'owner', { accounts: [selfMedia({ accountName: '开平美食探店' })] })
  const b = await approved(env, 'other', { accounts: [selfMedia({ platform: 'kuaishou', accountName: '赤坎古镇日常' })] })
  env.clock.set('2024-03-25T02:00:00.000Z')
  const { round } = await env.ok<{ round: { id: string; entries: number; reminderDays: string[] } }>(staff, 'round-open', { title: '2024年度核验', deadline: '2024-04-08' }, 'admin')
  return { a, b, round }
}

describe('a re-verification round across a holiday', () => {
  it('when a round is opened, then every filed operator has an entry and reminders fall on working days before the deadline, skipping the holiday', async () => {
    const { round } = await twoFiledAndARound()
    expect(round).toMatchObject({ entries: 2, reminderDays: ['2024-03-29', '2024-04-07'] })
    expect((await entries('owner')).map((e) => [e.status, e.canRespond])).toEqual([['pending', true]])
  })

  it('when the days pass, then reminders go out on 29 March and Sunday 7 April only; a change is an amendment in the review queue; the silent operator becomes a lead after the deadline', async () => {
    const { a, b, round } = await twoFiledAndARound()
    expect(await tickAt('2024-03-28T02:00:00.000Z')).toEqual({ reminded: 0, leads: 0 })
    expect(await tickAt('2024-03-29T02:00:00.000Z')).toEqual({ reminded: 2, leads: 0 })
    expect(await tickAt('2024-03-29T08:00:00.000Z')).toEqual({ reminded: 0, leads: 0 })
    // The owner changes their follower count during the round: the lifecycle's amendment.
    env.clock.set('2024-04-01T02:00:00.000Z')
    const [entry] = await entries('owner')
    const got = await env.ok<{ content: { accounts: Array<Record<string, unknown>> } }>(applicant, 'get-filing', { id: a.id }, 'owner')
    const content = { ...got.content, accounts: got.content.accounts.map((x) => ({ ...x, followers: 15000 })) }
    const out = await env.ok<{ entry: { status: string }; amendment: { status: string } }>(applicant, 'reverify', { entryId: entry.id, inspection: INSPECTION, change: { id: a.id, version: a.version, requestId: requestId(), content } }, 'owner')
    expect(out).toMatchObject({ entry: { status: 'amended' }, amendment: { status: 'amending' } })
    const queue = await env.ok<{ items: Array<{ id: string; status: string }> }>(staff, 'queue', { status: 'amending' }, 'reviewer')
    expect(queue.items.map((i) => i.id)).toEqual([a.id])
    // The holiday: no reminder; the make-up Sunday: only the operator who has not answered.
    for (const day of ['2024-04-04', '2024-04-05', '2024-04-06']) expect(await tickAt(`${day}T02:00:00.000Z`)).toEqual({ reminded: 0, leads: 0 })
    expect(await tickAt('2024-04-07T02:00:00.000Z')).toEqual({ reminded: 1, leads: 0 })
    const reminders = (await env.rt.store.audit.listByRef(round.id)).filter((e) => e.action === 'reverify-reminder')
    // Each filer's 到期提醒 consent from their submit pays for the first reminder; the second finds none.
    expect(reminders.map((e) => [e.filingId, (e.detail as { day: string }).day, (e.detail as { sent: boolean }).sent])).toEqual([
      [expect.any(String), '2024-03-29', true],
      [expect.any(String), '2024-03-29', true],
      [b.id, '2024-04-07', false]
    ])
    // The deadline day itself is still open; the day after, the non-responder becomes a lead.
    expect(await tickAt('2024-04-08T15:00:00.000Z')).toEqual({ reminded: 0, leads: 0 })
    expect(await tickAt('2024-04-08T16:30:00.000Z')).toEqual({ reminded: 0, leads: 1 })
    expect(await tickAt('2024-04-09T02:00:00.000Z')).toEqual({ reminded: 0, leads: 0 })
    const leads = await env.rt.store.leads.list({}, 10)
    expect(leads.map((l) => [l.source, l.platform, l.accountName, l.sourceRefs])).toEqual([['outreach', 'kuaishou', '赤坎古镇日常', ['2024年度核验']]])
    // A filed account whose operator went silent: supervision's lead, not a gap in the register's coverage.
    const dash = await env.ok<{ coverage: { total: { filed: number; unfiled: number } } }>(staff, 'dashboard', { month: '2024-04' }, 'admin')
    expect(dash.coverage.total.unfiled).toBe(0)
    const detail = await env.ok<{ counts: Record<string, number>; nonResponders: Array<{ filingId: string; status: string; leadIds: string[] }> }>(staff, 'round-get', { id: round.id }, 'reviewer')
    expect(detail.counts).toEqual({ pending: 0, confirmed: 0, amended: 1, lead: 1 })
    expect(detail.nonResponders).toEqual([expect.objectContaining({ filingId: b.id, status: 'lead', leadIds: [leads[0].id] })])
    expect(await env.call(applicant, 'reverify', { entryId: (await entries('other'))[0].id, inspection: INSPECTION }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_state', message: expect.stringContaining('已截止') } })
  })

  it('when the timer dies after reminding but before marking the day done, then the next run reminds nobody twice', async () => {
    const { round } = await twoFiledAndARound()
    expect(await tickAt('2024-03-29T02:00:00.000Z')).toEqual({ reminded: 2, leads: 0 })
    const owedAfterFirst = (await env.rt.store.audit.listByRef(round.id)).filter((e) => e.action === 'reverify-reminder').length
    // The crash: the round's record never learnt that 29 March was done.
    const cur = await env.rt.store.rounds.get(round.id)
    if (!cur) throw new Error('no round')
    await env.rt.store.runUnit((tx) => tx.rounds.replaceIfVersion({ ...cur, version: cur.version + 1, remindedDays: [] }, cur.version))
    expect(await tickAt('2024-03-29T02:05:00.000Z')).toEqual({ reminded: 0, leads: 0 })
    expect((await env.rt.store.audit.listByRef(round.id)).filter((e) => e.action === 'reverify-reminder')).toHaveLength(owedAfterFirst)
    expect((await env.rt.store.rounds.get(round.id))?.remindedDays).toEqual(['2024-03-29'])
    // The next reminder day still reaches both.
    expect(await tickAt('2024-04-07T02:00:00.000Z')).toEqual({ reminded: 2, leads: 0 })
  })

  it('when an operator confirms without a change, then the entry is confirmed with the checklist, and a second answer is refused', async () => {
    await twoFiledAndARound()
    const [entry] = await entries('other')
    expect(await env.ok(applicant, 'reverify', { entryId: entry.id, inspection: INSPECTION }, 'other')).toMatchObject({ entry: { status: 'confirmed' }, amendment: null })
    expect(await env.call(applicant, 'reverify', { entryId: entry.id, inspection: INSPECTION }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_state' } })
    expect((await env.rt.store.roundEntries.get(entry.id))?.inspection).toMatchObject({ staff: { ok: false, fix: '已建立内容三审制度并培训小编' } })
  })

  it.each([
    ['a finding without its fix', { ...INSPECTION, rumours: { ok: false, fix: '' } }, '整改情况'],
    ['no renewed commitment', { ...INSPECTION, commitment: false }, '承诺']
  ])('when the checklist has %s, then it is refused in Chinese and nothing changes', async (_what, inspection, message) => {
    await twoFiledAndARound()
    const [entry] = await entries('other')
    expect(await env.call(applicant, 'reverify', { entryId: entry.id, inspection }, 'other')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining(message) } })
    expect((await env.rt.store.roundEntries.get(entry.id))?.status).toBe('pending')
  })

  it('when someone answers another operator entry, or a round is opened with a deadline on the holiday, then it is refused', async () => {
    await twoFiledAndARound()
    const [entry] = await entries('other')
    expect(await env.call(applicant, 'reverify', { entryId: entry.id, inspection: INSPECTION }, 'owner')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await env.call(staff, 'round-open', { title: '节日核验', deadline: '2024-04-05' }, 'admin')).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('休息日') } })
  })
})
