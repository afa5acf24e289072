/**
 * Activities (活动与培训), staff side: preview an audience, create an event and invite its
 * audience, list events, open one with its operators, check an operator in by the QR's code or by hand.
 */
import { activitiesContract, activityCheckinContract, activityCreateContract, activityGetContract, activityMarkContract, audiencePreviewContract, checkActivityTimes, findTown, isPlatformCode } from '../../core'
import { defineAction, STAFF, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { ActivityRecord } from '../../ports/records'
import { activityView, invite, participantView, selectAudience, stepParticipation } from '../../services/outreach/activities'
import { auditEntry, staffActor } from '../../services/supervision/support'

function staffView(a: ActivityRecord, now: Date) {
  return { ...activityView(a, now), audience: a.audience, invited: a.invited, messaged: a.messaged, createdByName: a.createdByName }
}

/** Towns and platforms must be the jurisdiction's own (a typo would silently reach nobody). */
function checkSegmentCodes(ctx: Ctx, s: { towns: string[]; platforms: string[] }): void {
  const badTown = s.towns.find((t) => !findTown(ctx.rt.config, t))
  if (badTown) throw errors.invalid(`镇街“${badTown.slice(0, 20)}”不在本地列表中，请重新选择`, { 'audience.towns': '镇街不在本地列表中' })
  for (const code of s.platforms) {
    if (!isPlatformCode(code, ctx.rt.config)) throw errors.invalid(`平台“${code.slice(0, 20)}”不在本地平台列表中，请从列表中选择`, { 'audience.platforms': '平台不在本地平台列表中' })
  }
}

async function loadActivity(ctx: Ctx, id: string): Promise<ActivityRecord> {
  const a = await ctx.rt.store.activities.get(id)
  if (!a) throw errors.notFound('找不到该活动，请返回列表刷新')
  return a
}

export const audiencePreview = defineAction({
  contract: audiencePreviewContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    checkSegmentCodes(ctx, input.audience)
    const { filed, suggested } = await selectAudience(ctx, input.audience)
    return { filed, suggested, total: filed + suggested }
  }
})

export const activityCreate = defineAction({
  contract: activityCreateContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    staffActor(ctx)
    checkSegmentCodes(ctx, input.audience)
    const times = checkActivityTimes(input, ctx.now)
    if (!times.ok) throw errors.invalid(times.message, times.fields)
    const { recipients, filed, suggested } = await selectAudience(ctx, input.audience)
    const at = ctx.now.toISOString()
    const created: ActivityRecord = {
      id: ctx.rt.ids.newId(), version: 1, ...input, status: 'published', signedUp: 0, invited: recipients.length, messaged: 0,
      createdBy: ctx.caller.openid ?? '', createdByName: ctx.caller.staffName ?? '工作人员', createdAt: at, updatedAt: at
    }
    await ctx.rt.store.runUnit(async (tx) => {
      await tx.activities.insert(created)
      await tx.audit.insert(auditEntry(ctx, 'activity-create', created.id, { kind: created.kind, title: created.title, invited: recipients.length }))
    })
    const messaged = await invite(ctx, created, recipients)
    const activity = await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.activities.get(created.id)
      if (!cur) throw errors.notFound('找不到该活动，请返回列表刷新')
      const next = { ...cur, version: cur.version + 1, messaged: cur.messaged + messaged, updatedAt: at }
      if (!(await tx.activities.replaceIfVersion(next, cur.version))) throw errors.conflict()
      return next
    })
    return { activity: staffView(activity, ctx.now), audience: { filed, suggested, total: filed + suggested }, messaged }
  }
})

export const activities = defineAction({
  contract: activitiesContract,
  allow: STAFF,
  handler: async (input, ctx) => ({ items: (await ctx.rt.store.activities.list(input.limit)).map((a) => staffView(a, ctx.now)) })
})

export const activityGet = defineAction({
  contract: activityGetContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const a = await loadActivity(ctx, input.id)
    const rows = await ctx.rt.store.participations.listByActivity(a.id, 2000)
    return { activity: staffView(a, ctx.now), participants: rows.map(participantView) }
  }
})

export const activityCheckin = defineAction({
  contract: activityCheckinContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    await loadActivity(ctx, input.activityId)
    const p = await ctx.rt.store.participations.findByCheckinCode(input.code)
    if (!p || p.activityId !== input.activityId) throw errors.notFound('签到码不属于本活动，请核对活动后重新扫描')
    const { participation } = await stepParticipation(ctx, input.activityId, p.id, 'checkin', { method: 'scan' })
    return { participant: participantView(participation) }
  }
})

export const activityMark = defineAction({
  contract: activityMarkContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { participation } = await stepParticipation(ctx, input.activityId, input.participantId, 'checkin', { version: input.version, method: 'hand', note: input.note })
    return { participant: participantView(participation) }
  }
})
