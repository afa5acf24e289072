/**
 * Outreach: who an event reaches (core's segment rule over the register and the opted-in
 * self-checks), the invitations (always listed for the operator; a subscription message only
 * where a consent credit pays for it), and each operator's sign-up, cancellation and check-in,
 * each one unit with its audit entry.
 */
import {
  ACTIVITY_KIND_LABELS,
  FILED_STANDING_STATUSES,
  PARTICIPATION_LABELS,
  activityInviteRequest,
  filedTarget,
  isFiled,
  localDateTime,
  matchesSegment,
  participationStep,
  standingOf,
  type ActivityView,
  type Segment,
  type SignupAction
} from '../../core'
import type { Ctx } from '../../entry/action'
import { AppError, errors } from '../../errors'
import type { ActivityRecord, ParticipationRecord } from '../../ports/records'
import type { QueueCursor } from '../../ports/store.port'
import { queueOwed } from '../notify'
import { auditEntry } from '../supervision/support'

const PAGE = 200

export interface Recipient {
  openid: string
  filingId: string | null
  accountNames: string[]
}

/** Every operator the segment selects: owners of filed filings, then opted-in self-checks; one per operator. */
export async function selectAudience(ctx: Ctx, segment: Segment): Promise<{ recipients: Recipient[]; filed: number; suggested: number }> {
  const { store } = ctx.rt
  const byOpenid = new Map<string, Recipient>()
  let filed = 0
  if (segment.standings.includes('filed')) {
    // The store narrows by one town or platform when only one is chosen; core decides the rest.
    const filter = { statuses: [...FILED_STANDING_STATUSES], town: segment.towns.length === 1 ? segment.towns[0] : undefined, platform: segment.platforms.length === 1 ? segment.platforms[0] : undefined }
    let cursor: QueueCursor | null = null
    do {
      const page = await store.filings.queue(filter, cursor, PAGE)
      for (const f of page.items) {
        if (!isFiled(standingOf(f)) || !f.approved) continue
        if (!matchesSegment(filedTarget(f.approved.content, f.approved.index), segment)) continue
        const cur = byOpenid.get(f.ownerOpenid)
        if (cur) cur.accountNames.push(...f.approved.index.accountNames)
        else {
          byOpenid.set(f.ownerOpenid, { openid: f.ownerOpenid, filingId: f.id, accountNames: [...f.approved.index.accountNames] })
          filed++
        }
      }
      cursor = page.next
    } while (cursor)
  }
  let suggested = 0
  if (segment.standings.includes('suggested')) {
    let after: string | null = null
    for (;;) {
      const page = await store.outreachContacts.listOptedIn(after, PAGE)
      for (const c of page) {
        if (byOpenid.has(c.openid)) continue
        if (!matchesSegment({ standing: 'suggested', town: c.town, subjectType: c.subjectType, accounts: c.accounts }, segment)) continue
        byOpenid.set(c.openid, { openid: c.openid, filingId: null, accountNames: [] })
        suggested++
      }
      if (page.length < PAGE) break
      after = page[page.length - 1].id
    }
  }
  return { recipients: [...byOpenid.values()], filed, suggested }
}

export function activityView(a: ActivityRecord, now: Date): ActivityView {
  return {
    id: a.id,
    version: a.version,
    kind: a.kind,
    kindLabel: ACTIVITY_KIND_LABELS[a.kind],
    title: a.title,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    place: a.place,
    capacity: a.capacity,
    signedUp: a.signedUp,
    placesLeft: Math.max(0, a.capacity - a.signedUp),
    signupDeadline: a.signupDeadline,
    signupOpen: a.status === 'published' && now.getTime() <= Date.parse(a.signupDeadline) && a.signedUp < a.capacity,
    description: a.description,
    materials: a.materials,
    status: a.status
  }
}

export const participationId = (ctx: Ctx, activityId: string, openid: string) => ctx.rt.crypto.hash(`participation:${activityId}:${openid}`)
/** Keyed, so nobody can make up another operator's check-in code. */
const checkinCodeOf = (ctx: Ctx, id: string) => ctx.rt.crypto.hash(`checkin:${id}`).slice(0, 24)

/** Invites each recipient: a participation row always, a message only against a credit. One unit each. */
export async function invite(ctx: Ctx, activity: ActivityRecord, recipients: readonly Recipient[]): Promise<number> {
  let messaged = 0
  const at = ctx.now.toISOString()
  const deadline = localDateTime(activity.signupDeadline, ctx.rt.config.timezone)
  for (const r of recipients) {
    const id = participationId(ctx, activity.id, r.openid)
    const sent = await ctx.rt.store.runUnit(async (tx) => {
      if (await tx.participations.get(id)) return false
      const unsent = await queueOwed(ctx, tx, activity.id, activityInviteRequest({ ...activity, signupDeadlineLocal: deadline }, r.openid))
      const row: ParticipationRecord = {
        id, version: 1, activityId: activity.id, startsAt: activity.startsAt, openid: r.openid, status: 'invited', filingId: r.filingId, accountNames: r.accountNames,
        invitedAt: at, message: unsent ?? 'sent', signedUpAt: null, cancelledAt: null, checkinCode: checkinCodeOf(ctx, id), attendedAt: null, attendedBy: null,
        attendedMethod: null, attendedNote: '', updatedAt: at
      }
      await tx.participations.insert(row)
      return unsent === null
    })
    if (sent) messaged++
  }
  return messaged
}

/**
 * Moves one participation (sign-up, cancel, check-in) under core's rule, keeping the event's
 * count of places in the same unit so the capacity holds under concurrent sign-ups.
 */
export async function stepParticipation(ctx: Ctx, activityId: string, pid: string, action: SignupAction, expect: { openid?: string; version?: number; method?: 'scan' | 'hand'; note?: string }): Promise<{ activity: ActivityRecord; participation: ParticipationRecord }> {
  return ctx.rt.store.runUnit(async (tx) => {
    const [a, p] = await Promise.all([tx.activities.get(activityId), tx.participations.get(pid)])
    if (!a) throw errors.notFound('找不到该活动，请返回列表刷新')
    if (!p || p.activityId !== activityId || (expect.openid !== undefined && p.openid !== expect.openid)) {
      throw errors.notFound(action === 'checkin' ? '签到码不属于本活动，请核对活动后重新扫描' : '该活动不在您的活动列表中')
    }
    if (expect.version !== undefined && p.version !== expect.version) throw errors.conflict()
    const step = participationStep(a, p.status, action, ctx.now)
    if (!step.ok) throw new AppError(step.code === 'forbidden' ? 'forbidden' : 'invalid_state', step.message)
    const at = ctx.now.toISOString()
    const next: ParticipationRecord = {
      ...p,
      version: p.version + 1,
      status: step.to,
      updatedAt: at,
      ...(action === 'signup' ? { signedUpAt: at, cancelledAt: null } : {}),
      ...(action === 'cancel' ? { cancelledAt: at } : {}),
      ...(action === 'checkin' ? { attendedAt: at, attendedBy: ctx.caller.openid, attendedMethod: expect.method ?? 'scan', attendedNote: expect.note ?? '' } : {})
    }
    if (!(await tx.participations.replaceIfVersion(next, p.version))) throw errors.conflict()
    let activity = a
    if (step.seats !== 0) {
      activity = { ...a, version: a.version + 1, signedUp: a.signedUp + step.seats, updatedAt: at }
      if (!(await tx.activities.replaceIfVersion(activity, a.version))) throw errors.conflict()
    }
    await tx.audit.insert(auditEntry(ctx, `activity-${action}`, activityId, { participation: pid, from: p.status, to: step.to, ...(action === 'checkin' ? { method: expect.method ?? 'scan' } : {}) }, p.filingId))
    return { activity, participation: next }
  })
}

export function participantView(p: ParticipationRecord) {
  return {
    id: p.id,
    version: p.version,
    accountNames: p.accountNames,
    fromSelfCheck: p.filingId === null,
    status: p.status,
    statusLabel: PARTICIPATION_LABELS[p.status],
    message: p.message,
    signedUpAt: p.signedUpAt,
    attendedAt: p.attendedAt,
    attendedMethod: p.attendedMethod
  }
}
