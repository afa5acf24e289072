/**
 * Outreach (活动与培训): the office's events for filed operators and for 建议备案 self-checks that
 * asked to be told, who an event reaches (audience segments), and the sign-up / cancel / check-in
 * rules. Pure: `now` is passed in. A leaf module (zod, dates, schemas): contracts import it.
 */
import { z } from 'zod'
import { isIsoInstant } from '../local-time'
import { platformOf, type AccountLike } from '../filing/accounts'
import { CONTENT_CATEGORIES } from '../schemas/account'
import { text, url } from '../schemas/fields'
import { SubjectTypeSchema } from '../schemas/subject'
import { note, optionalNote, refuse, type Decided } from '../supervision/common'

export const ACTIVITY_KINDS = ['course', 'law', 'culture', 'award'] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]
export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, string>> = {
  course: '新媒体课堂',
  law: '法规培训',
  culture: '网络文化活动',
  award: '评优'
}

/** Follower bands (the threshold band starts at 5000: 粉丝量5000以上 includes 5000). */
export const FOLLOWER_BANDS = ['lt5k', '5k-100k', '100k-1m', 'ge1m'] as const
export type FollowerBand = (typeof FOLLOWER_BANDS)[number]
export const FOLLOWER_BAND_LABELS: Readonly<Record<FollowerBand, string>> = {
  lt5k: '5000以下',
  '5k-100k': '5000至10万',
  '100k-1m': '10万至100万',
  ge1m: '100万以上'
}
export function followerBand(followers: number): FollowerBand {
  if (followers < 5000) return 'lt5k'
  if (followers < 100_000) return '5k-100k'
  if (followers < 1_000_000) return '100k-1m'
  return 'ge1m'
}

/** Whom an event is for: filed operators, and 建议备案 self-checks whose owners opted in. */
export const AUDIENCE_STANDINGS = ['filed', 'suggested'] as const
export type AudienceStanding = (typeof AUDIENCE_STANDINGS)[number]
export const AUDIENCE_STANDING_LABELS: Readonly<Record<AudienceStanding, string>> = { filed: '已备案', suggested: '建议备案（自愿接收通知）' }

const codes = (label: string, max = 50) =>
  z.array(z.string({ invalid_type_error: `${label}无效，请重新选择` }).min(1).max(32, `${label}无效，请重新选择`), { invalid_type_error: `${label}应为列表，请重新选择` }).max(max, `${label}最多选择${max}项`).default([])

/** Empty list = any value. At least one standing. */
export const SegmentSchema = z
  .object({
    towns: codes('镇街'),
    platforms: codes('平台'),
    categories: z.array(z.enum(CONTENT_CATEGORIES, { errorMap: () => ({ message: '内容类别无效，请重新选择' }) })).max(CONTENT_CATEGORIES.length).default([]),
    followerBands: z.array(z.enum(FOLLOWER_BANDS, { errorMap: () => ({ message: '粉丝量区间无效，请重新选择' }) })).max(FOLLOWER_BANDS.length).default([]),
    subjectTypes: z.array(SubjectTypeSchema).max(3).default([]),
    standings: z.array(z.enum(AUDIENCE_STANDINGS, { errorMap: () => ({ message: '备案状态无效，请重新选择' }) }), { required_error: '请选择备案状态（已备案或建议备案）' }).min(1, '请至少选择一种备案状态（已备案或建议备案）').max(2)
  })
  .strict()
export type Segment = z.infer<typeof SegmentSchema>

/** What a segment is matched against: one operator's filing or opt-in, per account. */
export interface AudienceTarget {
  standing: AudienceStanding
  town: string | null
  subjectType: string | null
  accounts: Array<{ platform: string; category: string | null; followers: number | null }>
}

/**
 * A target matches when it is of a chosen standing, town and subject type, and one of its
 * accounts is on a chosen platform, of a chosen category and in a chosen follower band (the
 * account criteria hold together on one account: "抖音 accounts above 5000", not "an 抖音 account
 * and some account above 5000").
 */
export function matchesSegment(t: AudienceTarget, s: Segment): boolean {
  if (!s.standings.includes(t.standing)) return false
  if (s.towns.length && (!t.town || !s.towns.includes(t.town))) return false
  if (s.subjectTypes.length && (!t.subjectType || !(s.subjectTypes as string[]).includes(t.subjectType))) return false
  if (!s.platforms.length && !s.categories.length && !s.followerBands.length) return true
  return t.accounts.some(
    (a) =>
      (!s.platforms.length || s.platforms.includes(a.platform)) &&
      (!s.categories.length || (a.category !== null && (s.categories as string[]).includes(a.category))) &&
      (!s.followerBands.length || (a.followers !== null && s.followerBands.includes(followerBand(a.followers))))
  )
}

/** The target of a filed operator, from the approved content (the valid version). */
export function filedTarget(content: unknown, index: { town: string | null; subjectType: string | null }): AudienceTarget {
  const accounts = Array.isArray((content as { accounts?: unknown } | null)?.accounts) ? ((content as { accounts: unknown[] }).accounts) : []
  return {
    standing: 'filed',
    town: index.town,
    subjectType: index.subjectType,
    accounts: accounts.map((raw) => {
      const a = (raw ?? {}) as Record<string, unknown>
      const platform = platformOf(a as Pick<AccountLike, 'kind' | 'platform'>) ?? ''
      return { platform, category: typeof a.category === 'string' ? a.category : null, followers: typeof a.followers === 'number' ? a.followers : null }
    })
  }
}

const instant = (label: string) =>
  z.string({ required_error: `请选择${label}`, invalid_type_error: `${label}格式无效，请重新选择` }).refine(isIsoInstant, `${label}格式无效，请重新选择`)

export const MaterialSchema = z.object({ title: text('资料名称', 40), url: url('资料链接') }).strict()
export const MAX_MATERIALS = 10
export const MAX_CAPACITY = 2000

export const ActivityInputSchema = z
  .object({
    kind: z.enum(ACTIVITY_KINDS, { errorMap: () => ({ message: '请选择活动类型（新媒体课堂、法规培训、网络文化活动或评优）' }) }),
    title: text('活动名称', 40, 2),
    startsAt: instant('开始时间'),
    endsAt: instant('结束时间'),
    place: text('活动地点', 60, 2),
    capacity: z.number({ required_error: '请填写名额', invalid_type_error: '名额应为数字' }).int('名额应为整数').min(1, '名额至少为1人').max(MAX_CAPACITY, `名额不能超过${MAX_CAPACITY}人`),
    signupDeadline: instant('报名截止时间'),
    description: note('活动介绍', 1000, 5),
    materials: z.array(MaterialSchema).max(MAX_MATERIALS, `资料最多${MAX_MATERIALS}项`).default([]),
    audience: SegmentSchema
  })
  .strict()
export type ActivityInput = z.infer<typeof ActivityInputSchema>

/** The clock's rules for a new event: in the future, ends after it starts, sign-up closes before it starts. */
export function checkActivityTimes(a: Pick<ActivityInput, 'startsAt' | 'endsAt' | 'signupDeadline'>, now: Date): Decided<object> {
  const t = (s: string) => Date.parse(s)
  if (t(a.signupDeadline) <= now.getTime()) return refuse('invalid_payload', '报名截止时间已过，请选择今后的时间', 'signupDeadline')
  if (t(a.startsAt) <= now.getTime()) return refuse('invalid_payload', '开始时间已过，请选择今后的时间', 'startsAt')
  if (t(a.signupDeadline) > t(a.startsAt)) return refuse('invalid_payload', '报名截止时间不能晚于开始时间', 'signupDeadline')
  if (t(a.endsAt) <= t(a.startsAt)) return refuse('invalid_payload', '结束时间应晚于开始时间', 'endsAt')
  return { ok: true }
}

/** An operator's place in one event. */
export const PARTICIPATION_STATUSES = ['invited', 'signed-up', 'cancelled', 'attended'] as const
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number]
export const PARTICIPATION_LABELS: Readonly<Record<ParticipationStatus, string>> = { invited: '未报名', 'signed-up': '已报名', cancelled: '已取消', attended: '已签到' }

export interface ActivityState {
  status: 'published' | 'cancelled'
  capacity: number
  signedUp: number
  startsAt: string
  endsAt: string
  signupDeadline: string
}

export type SignupAction = 'signup' | 'cancel' | 'checkin'

/**
 * Sign-up: before the deadline, while places remain (signed-up and attended count). Cancel: a
 * signed-up operator, before the event starts (the place goes back). Check-in: staff, for a
 * signed-up operator, from an hour before the start until the end.
 */
export function participationStep(a: ActivityState, status: ParticipationStatus, action: SignupAction, now: Date): Decided<{ to: ParticipationStatus; seats: number }> {
  const t = now.getTime()
  if (a.status === 'cancelled') return refuse('invalid_state', '活动已取消')
  if (action === 'signup') {
    if (status === 'signed-up' || status === 'attended') return refuse('invalid_state', '您已报名该活动')
    if (t > Date.parse(a.signupDeadline)) return refuse('invalid_state', '报名已截止')
    if (a.signedUp >= a.capacity) return refuse('invalid_state', '名额已满')
    return { ok: true, to: 'signed-up', seats: 1 }
  }
  if (action === 'cancel') {
    if (status !== 'signed-up') return refuse('invalid_state', status === 'attended' ? '已签到，不能取消报名' : '您尚未报名该活动')
    if (t >= Date.parse(a.startsAt)) return refuse('invalid_state', '活动已开始，不能取消报名')
    return { ok: true, to: 'cancelled', seats: -1 }
  }
  if (status === 'attended') return refuse('invalid_state', '已签到，无需重复签到')
  if (status !== 'signed-up') return refuse('invalid_state', '该运营者未报名此活动，不能签到')
  if (t < Date.parse(a.startsAt) - CHECKIN_OPENS_MS) return refuse('invalid_state', '签到在活动开始前1小时开放')
  if (t > Date.parse(a.endsAt)) return refuse('invalid_state', '活动已结束，不能签到')
  return { ok: true, to: 'attended', seats: 0 }
}
const CHECKIN_OPENS_MS = 60 * 60 * 1000

/** Check-in by hand needs a reason on record (no QR seen). */
export const HandCheckinNote = optionalNote('补签说明', 100)

/** What staff may change on a published event (its kind and audience stay: the invitations stand). */
export const ActivityEditSchema = ActivityInputSchema.omit({ kind: true, audience: true })
export type ActivityEdit = z.infer<typeof ActivityEditSchema>

/**
 * An edit of a published event: not once it has ended or was cancelled; a new start must still be
 * ahead; the places may not fall below those taken; the times keep their order. Answers whether
 * the signed-up operators must be told (time or place changed).
 */
export function checkActivityEdit(prev: ActivityState & { place: string }, next: ActivityEdit, now: Date): Decided<{ notify: boolean }> {
  if (prev.status === 'cancelled') return refuse('invalid_state', '活动已取消，不能修改')
  if (now.getTime() > Date.parse(prev.endsAt)) return refuse('invalid_state', '活动已结束，不能修改')
  const t = (s: string) => Date.parse(s)
  const moved = t(next.startsAt) !== t(prev.startsAt) || t(next.endsAt) !== t(prev.endsAt)
  if (moved && t(next.startsAt) <= now.getTime()) return refuse('invalid_payload', '开始时间已过，请选择今后的时间', 'startsAt')
  if (t(next.signupDeadline) > t(next.startsAt)) return refuse('invalid_payload', '报名截止时间不能晚于开始时间', 'signupDeadline')
  if (t(next.endsAt) <= t(next.startsAt)) return refuse('invalid_payload', '结束时间应晚于开始时间', 'endsAt')
  if (next.capacity < prev.signedUp) return refuse('invalid_payload', `已有${prev.signedUp}人报名，名额不能少于${prev.signedUp}人`, 'capacity')
  return { ok: true, notify: moved || next.place !== prev.place }
}

/** Cancelling an event: a published one that has not ended. */
export function checkActivityCancel(prev: ActivityState, now: Date): Decided<object> {
  if (prev.status === 'cancelled') return refuse('invalid_state', '活动已取消')
  if (now.getTime() > Date.parse(prev.endsAt)) return refuse('invalid_state', '活动已结束，不能取消')
  return { ok: true }
}
