/** Outreach rules in core: follower bands, segment matching, sign-up/cancel/check-in, re-verification reminder days. */
import { followerBand, kaipingConfig, matchesSegment, participationStep, roundClosed, roundReminderDays, roundReminderDue, SegmentSchema, type ActivityState, type AudienceTarget } from '../../src/core'

const seg = (s: Record<string, unknown>) => SegmentSchema.parse(s)
const target: AudienceTarget = {
  standing: 'filed',
  town: '440783001',
  subjectType: 'individual',
  accounts: [
    { platform: 'douyin', category: '美食', followers: 12000 },
    { platform: 'kuaishou', category: '旅游', followers: 300 }
  ]
}

describe('follower bands', () => {
  it.each([
    [4999, 'lt5k'],
    [5000, '5k-100k'],
    [99_999, '5k-100k'],
    [100_000, '100k-1m'],
    [1_000_000, 'ge1m']
  ])('when an account has %d followers, then it is in band %s (5000 itself is 以上)', (n, band) => {
    expect(followerBand(n)).toBe(band)
  })
})

describe('segment matching', () => {
  it('when the criteria hold on one account together, then the target matches; split over two accounts, it does not', () => {
    expect(matchesSegment(target, seg({ standings: ['filed'], platforms: ['douyin'], followerBands: ['5k-100k'] }))).toBe(true)
    expect(matchesSegment(target, seg({ standings: ['filed'], platforms: ['douyin'], categories: ['旅游'] }))).toBe(false)
  })

  it('when the town, subject type or standing is not chosen, then the target is left out', () => {
    expect(matchesSegment(target, seg({ standings: ['filed'], towns: ['440783100'] }))).toBe(false)
    expect(matchesSegment(target, seg({ standings: ['filed'], subjectTypes: ['company'] }))).toBe(false)
    expect(matchesSegment(target, seg({ standings: ['suggested'] }))).toBe(false)
    expect(matchesSegment(target, seg({ standings: ['filed', 'suggested'] }))).toBe(true)
  })

  it('when followers are unknown, then a follower band never matches', () => {
    expect(matchesSegment({ ...target, accounts: [{ platform: 'douyin', category: null, followers: null }] }, seg({ standings: ['filed'], followerBands: ['lt5k'] }))).toBe(false)
  })
})

describe('sign-up, cancellation and check-in', () => {
  const a: ActivityState = { status: 'published', capacity: 1, signedUp: 0, startsAt: '2024-03-11T06:00:00.000Z', endsAt: '2024-03-11T08:00:00.000Z', signupDeadline: '2024-03-10T09:00:00.000Z' }
  const at = (iso: string) => new Date(iso)

  it('when a place is free before the deadline, then sign-up takes it; when full or late, it is refused', () => {
    expect(participationStep(a, 'invited', 'signup', at('2024-03-10T09:00:00.000Z'))).toEqual({ ok: true, to: 'signed-up', seats: 1 })
    expect(participationStep({ ...a, signedUp: 1 }, 'invited', 'signup', at('2024-03-05T00:00:00.000Z'))).toMatchObject({ ok: false, message: '名额已满' })
    expect(participationStep(a, 'cancelled', 'signup', at('2024-03-10T09:00:01.000Z'))).toMatchObject({ ok: false, message: '报名已截止' })
  })

  it('when the event has started, then cancellation is refused; check-in opens an hour before and closes at the end', () => {
    expect(participationStep(a, 'signed-up', 'cancel', at('2024-03-11T06:00:00.000Z'))).toMatchObject({ ok: false })
    expect(participationStep(a, 'signed-up', 'checkin', at('2024-03-11T04:59:59.000Z'))).toMatchObject({ ok: false, message: '签到在活动开始前1小时开放' })
    expect(participationStep(a, 'signed-up', 'checkin', at('2024-03-11T05:00:00.000Z'))).toEqual({ ok: true, to: 'attended', seats: 0 })
    expect(participationStep(a, 'signed-up', 'checkin', at('2024-03-11T08:00:01.000Z'))).toMatchObject({ ok: false, message: '活动已结束，不能签到' })
    expect(participationStep({ ...a, status: 'cancelled' }, 'signed-up', 'checkin', at('2024-03-11T06:00:00.000Z'))).toMatchObject({ ok: false, message: '活动已取消' })
  })
})

describe('re-verification reminder days', () => {
  it('when the deadline follows 清明 2024, then reminders skip the holiday and use the make-up Sunday', () => {
    expect(roundReminderDays('2024-03-25', '2024-04-08', kaipingConfig)).toEqual(['2024-03-29', '2024-04-07'])
  })

  it('when the round is short, then only reminder days after the opening day remain', () => {
    expect(roundReminderDays('2024-04-03', '2024-04-08', kaipingConfig)).toEqual(['2024-04-07'])
  })

  it('when a reminder day has been done, then it is not due again; the round closes the day after its deadline (local time)', () => {
    expect(roundReminderDue(['2024-03-29'], [], new Date('2024-03-29T01:00:00.000Z'), kaipingConfig)).toBe('2024-03-29')
    expect(roundReminderDue(['2024-03-29'], ['2024-03-29'], new Date('2024-03-29T05:00:00.000Z'), kaipingConfig)).toBeNull()
    expect(roundClosed('2024-04-08', new Date('2024-04-08T15:59:59.000Z'), kaipingConfig)).toBe(false)
    expect(roundClosed('2024-04-08', new Date('2024-04-08T16:00:00.000Z'), kaipingConfig)).toBe(true)
  })
})
