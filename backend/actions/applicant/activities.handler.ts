/**
 * Activities, the operator's side: the events they were invited to, sign-up and cancellation
 * (places and deadline from core), the check-in QR's code while signed up, the record of events
 * attended; the 订阅活动通知 tap; a 建议备案 self-check opting in to hear of events.
 */
import {
  ACTIVITY_KIND_LABELS,
  NOMINATION_LABELS,
  PARTICIPATION_LABELS,
  activityCancelContract,
  activitySignupContract,
  activitySubscribeContract,
  checkEligibility,
  creditsGranted,
  findTown,
  myActivitiesContract,
  outreachOptinContract,
  participationStep,
  type MyActivityItem
} from '../../core'
import { defineAction, SIGNED_IN, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { ActivityRecord, OutreachContactRecord, ParticipationRecord } from '../../ports/records'
import { grantCredits } from '../../services/notify'
import { activityView, participationId, stepParticipation } from '../../services/outreach/activities'
import { reportFollowers } from '../../services/outreach/upkeep'
import { auditEntry } from '../../services/supervision/support'

function item(a: ActivityRecord, p: ParticipationRecord, now: Date): MyActivityItem {
  return {
    activity: activityView(a, now),
    participationId: p.id,
    status: p.status,
    statusLabel: PARTICIPATION_LABELS[p.status],
    checkinCode: p.status === 'signed-up' ? p.checkinCode : null,
    canSignUp: participationStep(a, p.status, 'signup', now).ok,
    canCancel: participationStep(a, p.status, 'cancel', now).ok
  }
}

function openidOf(ctx: Ctx): string {
  if (!ctx.caller.openid) throw errors.unauthenticated()
  return ctx.caller.openid
}

export const myActivities = defineAction({
  contract: myActivitiesContract,
  allow: SIGNED_IN,
  handler: async (_input, ctx) => {
    const openid = openidOf(ctx)
    const { store } = ctx.rt
    const rows = await store.participations.listByOpenid(openid, 200)
    const items: MyActivityItem[] = []
    const attended = []
    const nominations = []
    for (const p of rows) {
      const a = await store.activities.get(p.activityId)
      if (!a) continue
      items.push(item(a, p, ctx.now))
      if (p.status === 'attended') attended.push({ activityId: a.id, title: a.title, kindLabel: ACTIVITY_KIND_LABELS[a.kind], at: p.attendedAt ?? a.startsAt })
      if (p.nomination) nominations.push({ activityId: a.id, title: a.title, nomination: { status: p.nomination.status, label: NOMINATION_LABELS[p.nomination.status], note: p.nomination.note, at: p.nomination.at, byName: p.nomination.byName } })
    }
    const contact = await store.outreachContacts.get(ctx.rt.crypto.hash(`outreach:${openid}`))
    return { items, record: { attended, nominations }, optedIn: contact?.optedIn ?? false }
  }
})

async function step(ctx: Ctx, activityId: string, action: 'signup' | 'cancel'): Promise<{ item: MyActivityItem }> {
  const openid = openidOf(ctx)
  const { activity, participation } = await stepParticipation(ctx, activityId, participationId(ctx, activityId, openid), action, { openid })
  return { item: item(activity, participation, ctx.now) }
}

export const activitySignup = defineAction({ contract: activitySignupContract, allow: SIGNED_IN, handler: async (input, ctx) => step(ctx, input.id, 'signup') })
export const activityCancel = defineAction({ contract: activityCancelContract, allow: SIGNED_IN, handler: async (input, ctx) => step(ctx, input.id, 'cancel') })

export const activitySubscribe = defineAction({
  contract: activitySubscribeContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => {
    const openid = openidOf(ctx)
    await ctx.rt.store.runUnit((tx) => grantCredits(ctx, tx, openid, input.subscribed))
    return { granted: creditsGranted(input.subscribed, ctx.rt.settings.subscribe).length }
  }
})

export const outreachOptin = defineAction({
  contract: outreachOptinContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => {
    const openid = openidOf(ctx)
    const id = ctx.rt.crypto.hash(`outreach:${openid}`)
    let fields: Pick<OutreachContactRecord, 'town' | 'subjectType' | 'accounts' | 'answers'> = { town: null, subjectType: null, accounts: [], answers: null }
    if (input.optedIn) {
      if (!input.answers) throw errors.invalid('请先完成备案自查', { answers: '请先完成备案自查' })
      // The verdict is the server's own: only a 建议备案 self-check joins this audience.
      const verdict = checkEligibility(input.answers, ctx.rt.config, ctx.now)
      // The self-check again, past the threshold: an operator who asked to be told is prompted to file.
      const known = verdict.verdict === 'must' ? await ctx.rt.store.outreachContacts.get(id) : null
      if (known?.optedIn && known.answers && input.answers.followers !== undefined) {
        const prompt = await reportFollowers(ctx, { ...known, answers: { ...input.answers, followers: known.answers.followers } }, input.answers.followers)
        if (prompt) return { optedIn: true, prompt }
      }
      if (verdict.verdict !== 'suggested') throw errors.invalid(verdict.verdict === 'must' ? '自查结果为须备案，请直接办理备案' : '自查结果为无需备案，无需接收活动通知', { answers: '自查结果不是建议备案' })
      if (input.town && !findTown(ctx.rt.config, input.town)) throw errors.invalid(`镇街“${input.town.slice(0, 20)}”不在本地列表中，请重新选择`, { town: '镇街不在本地列表中' })
      fields = {
        town: input.town ?? null,
        subjectType: 'individual',
        accounts: input.answers.platform ? [{ platform: input.answers.platform, category: input.category ?? null, followers: input.answers.followers ?? null }] : [],
        answers: input.answers
      }
    }
    const at = ctx.now.toISOString()
    await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.outreachContacts.get(id)
      const next: OutreachContactRecord = { id, version: (cur?.version ?? 0) + 1, openid, optedIn: input.optedIn, ...fields, updatedAt: at }
      if (cur) {
        if (!(await tx.outreachContacts.replaceIfVersion(next, cur.version))) throw errors.conflict()
      } else await tx.outreachContacts.insert(next)
      await tx.audit.insert(auditEntry(ctx, input.optedIn ? 'outreach-optin' : 'outreach-optout', id, {}))
    })
    return { optedIn: input.optedIn, prompt: null }
  }
})
