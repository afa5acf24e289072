/**
 * The Store port's contract for the outreach collections (activities, participations, opted-in
 * contacts). Part of storeContract: SQLite and CloudBase (on the in-memory CloudBase stand-in)
 * both pass it. Rows are scoped by unique ids, so a shared cloud environment works too.
 */
import type { ActivityRecord, OutreachContactRecord, ParticipationRecord, RoundEntryRecord, RoundRecord } from '../../backend/ports/records'
import type { Store } from '../../backend/ports/store.port'

export function activityFactory(over: Partial<ActivityRecord> = {}): ActivityRecord {
  const at = '2024-03-04T02:00:00.000Z'
  return {
    id: 'a1', version: 1, kind: 'course', title: '课堂', startsAt: '2024-03-11T06:00:00.000Z', endsAt: '2024-03-11T08:00:00.000Z', place: '融媒体中心', capacity: 10,
    signupDeadline: '2024-03-10T09:00:00.000Z', description: '介绍文字', materials: [], audience: { towns: [], platforms: [], categories: [], followerBands: [], subjectTypes: [], standings: ['filed'] },
    status: 'published', signedUp: 0, invited: 0, messaged: 0, createdBy: 's', createdByName: '甲', createdAt: at, updatedAt: at, ...over
  }
}

export function participationFactory(over: Partial<ParticipationRecord> = {}): ParticipationRecord {
  const at = '2024-03-04T02:00:00.000Z'
  return {
    id: 'p1', version: 1, activityId: 'a1', startsAt: '2024-03-11T06:00:00.000Z', openid: 'o1', status: 'invited', filingId: null, accountNames: ['号'], invitedAt: at,
    message: 'no-consent', signedUpAt: null, cancelledAt: null, checkinCode: 'code-p1', attendedAt: null, attendedBy: null, attendedMethod: null, attendedNote: '', updatedAt: at, ...over
  }
}

export function outreachContract(store: () => Store, uid: () => string): void {
  it('when an activity is inserted and replaced with a stale version, then the stale write is refused and the list shows the latest start first', async () => {
    const id = uid()
    const early = activityFactory({ id: `e-${id}`, startsAt: '2020-01-01T00:00:00.000Z' })
    const late = activityFactory({ id: `l-${id}`, startsAt: '2099-01-01T00:00:00.000Z' })
    await store().runUnit(async (tx) => {
      await tx.activities.insert(early)
      await tx.activities.insert(late)
    })
    expect(await store().activities.get(early.id)).toEqual(early)
    expect(await store().runUnit((tx) => tx.activities.replaceIfVersion({ ...early, version: 2, signedUp: 1 }, 1))).toBe(true)
    expect(await store().runUnit((tx) => tx.activities.replaceIfVersion({ ...early, version: 2, signedUp: 5 }, 1))).toBe(false)
    expect((await store().activities.get(early.id))?.signedUp).toBe(1)
    const ids = (await store().activities.list(1000)).map((a) => a.id)
    expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(early.id))
  })

  it('when participations are stored, then they are found per operator (latest start first), per event (invitation order) and by check-in code', async () => {
    const id = uid()
    const a = participationFactory({ id: `pa-${id}`, activityId: `act-${id}`, openid: `op-${id}`, checkinCode: `ca-${id}`, startsAt: '2024-03-11T06:00:00.000Z', invitedAt: '2024-03-04T02:00:00.000Z' })
    const b = participationFactory({ id: `pb-${id}`, activityId: `act-${id}`, openid: `oq-${id}`, checkinCode: `cb-${id}`, invitedAt: '2024-03-04T02:00:01.000Z' })
    const c = participationFactory({ id: `pc-${id}`, activityId: `other-${id}`, openid: `op-${id}`, checkinCode: `cc-${id}`, startsAt: '2024-04-01T06:00:00.000Z' })
    await store().runUnit(async (tx) => {
      for (const p of [b, a, c]) await tx.participations.insert(p)
    })
    expect((await store().participations.listByOpenid(`op-${id}`, 10)).map((p) => p.id)).toEqual([c.id, a.id])
    expect((await store().participations.listByActivity(`act-${id}`, 10)).map((p) => p.id)).toEqual([a.id, b.id])
    expect((await store().participations.findByCheckinCode(`cb-${id}`))?.id).toBe(b.id)
    expect(await store().participations.findByCheckinCode(`none-${id}`)).toBeNull()
    expect(await store().runUnit((tx) => tx.participations.replaceIfVersion({ ...a, version: 2, status: 'signed-up' }, 1))).toBe(true)
    expect(await store().runUnit((tx) => tx.participations.replaceIfVersion({ ...a, version: 2, status: 'cancelled' }, 1))).toBe(false)
    expect((await store().participations.get(a.id))?.status).toBe('signed-up')
  })

  it('when contacts opt in and out, then only opted-in ones are paged through, in id order', async () => {
    const id = uid()
    const mk = (k: string, optedIn: boolean): OutreachContactRecord => ({ id: `${id}-${k}`, version: 1, openid: `o-${k}`, optedIn, town: null, subjectType: 'individual', accounts: [], updatedAt: '2024-03-04T02:00:00.000Z' })
    await store().runUnit(async (tx) => {
      for (const c of [mk('b', true), mk('a', true), mk('c', false), mk('d', true)]) await tx.outreachContacts.insert(c)
    })
    const mine = async (after: string | null, limit: number) => (await store().outreachContacts.listOptedIn(after, limit)).map((c) => c.id).filter((x) => x.startsWith(id))
    const first = await store().outreachContacts.listOptedIn(`${id}-`, 2)
    expect(first.map((c) => c.id)).toEqual([`${id}-a`, `${id}-b`])
    expect(await mine(`${id}-b`, 1000)).toEqual([`${id}-d`])
    expect(await store().runUnit((tx) => tx.outreachContacts.replaceIfVersion({ ...mk('d', false), version: 2 }, 1))).toBe(true)
    expect(await mine(`${id}-`, 1000)).toEqual([`${id}-a`, `${id}-b`])
    expect((await store().outreachContacts.get(`${id}-c`))?.optedIn).toBe(false)
  })

  it('when rounds and their entries are stored, then entries page per round and status in id order and list per operator', async () => {
    const id = uid()
    const round: RoundRecord = { id: `r-${id}`, version: 1, title: '核验', openedAt: '2024-03-25T02:00:00.000Z', openedOn: '2024-03-25', deadline: '2024-04-08', reminderDays: [], remindedDays: [], entries: 3, leadsAt: null, createdBy: 's', createdByName: '甲', updatedAt: '2024-03-25T02:00:00.000Z' }
    const entry = (k: string, status: RoundEntryRecord['status'], openid: string, updatedAt: string): RoundEntryRecord => ({
      id: `${id}-${k}`, version: 1, roundId: round.id, filingId: `f-${k}`, filingNumber: null, openid, accountNames: [], status, respondedAt: null, inspection: null, amendedVersion: null, leadIds: [], updatedAt
    })
    await store().runUnit(async (tx) => {
      await tx.rounds.insert(round)
      for (const e of [entry('c', 'pending', `o1-${id}`, '2024-03-25T02:00:00.000Z'), entry('a', 'pending', `o2-${id}`, '2024-03-25T02:00:00.000Z'), entry('b', 'confirmed', `o1-${id}`, '2024-03-26T02:00:00.000Z')]) await tx.roundEntries.insert(e)
    })
    expect((await store().rounds.list(1000)).map((r) => r.id)).toContain(round.id)
    expect((await store().roundEntries.listByRound(round.id, ['pending'], null, 10)).map((e) => e.id)).toEqual([`${id}-a`, `${id}-c`])
    expect((await store().roundEntries.listByRound(round.id, [], `${id}-a`, 1)).map((e) => e.id)).toEqual([`${id}-b`])
    expect((await store().roundEntries.listByOpenid(`o1-${id}`, 10)).map((e) => e.id)).toEqual([`${id}-b`, `${id}-c`])
    const a = await store().roundEntries.get(`${id}-a`)
    expect(await store().runUnit((tx) => tx.roundEntries.replaceIfVersion({ ...(a as RoundEntryRecord), version: 2, status: 'lead' }, 1))).toBe(true)
    expect(await store().runUnit((tx) => tx.roundEntries.replaceIfVersion({ ...(a as RoundEntryRecord), version: 2, status: 'confirmed' }, 1))).toBe(false)
    expect((await store().roundEntries.listByRound(round.id, ['pending'], null, 10)).map((e) => e.id)).toEqual([`${id}-c`])
    expect(await store().runUnit((tx) => tx.rounds.replaceIfVersion({ ...round, version: 2, leadsAt: '2024-04-09T00:00:00.000Z' }, 1))).toBe(true)
    expect((await store().rounds.get(round.id))?.leadsAt).toBe('2024-04-09T00:00:00.000Z')
  })
}
