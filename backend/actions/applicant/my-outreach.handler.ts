/**
 * 我的备案's outreach card: counts of what waits (events open to sign up, events signed up for,
 * 年度核验 entries to answer) and the record of events attended. The reminders and invitations
 * open 我的备案, so what they announce must be visible there.
 */
import { ACTIVITY_KIND_LABELS, myOutreachContract, participationStep, roundClosed } from '../../core'
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'

export const myOutreach = defineAction({
  contract: myOutreachContract,
  allow: SIGNED_IN,
  handler: async (_input, ctx) => {
    const { caller } = requireUser(ctx)
    const { store } = ctx.rt
    let open = 0
    let signedUp = 0
    const attended: Array<{ activityId: string, title: string, kindLabel: string, at: string }> = []
    for (const p of await store.participations.listByOpenid(caller.openid, 200)) {
      const a = await store.activities.get(p.activityId)
      if (!a) continue
      if (participationStep(a, p.status, 'signup', ctx.now).ok) open++
      if (p.status === 'signed-up' && a.status === 'published' && Date.parse(a.endsAt) >= ctx.now.getTime()) signedUp++
      if (p.status === 'attended') attended.push({ activityId: a.id, title: a.title, kindLabel: ACTIVITY_KIND_LABELS[a.kind], at: p.attendedAt ?? a.startsAt })
    }
    attended.sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0))
    const reverify = []
    for (const e of await store.roundEntries.listByOpenid(caller.openid, 100)) {
      if (e.status !== 'pending') continue
      const r = await store.rounds.get(e.roundId)
      if (!r || roundClosed(r.deadline, ctx.now, ctx.rt.config)) continue
      reverify.push({ id: e.id, roundTitle: r.title, deadline: r.deadline, accountNames: e.accountNames })
    }
    return { open, signedUp, attended: attended.slice(0, 5), attendedCount: attended.length, reverify }
  }
})
