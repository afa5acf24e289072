/**
 * Staff change a published event or cancel it. The change is one unit with its audit entry; then
 * each operator who signed up is told: always in the mini-program (their list and detail show the
 * event as it now is, or 已取消), and by a 活动通知 message only against their credit — a change of
 * time or place, or the cancellation; a new description or more places is not worth a message.
 */
import { activityCancelByStaffContract, activityChangeRequest, activityUpdateContract, checkActivityCancel, checkActivityEdit, type JsonObject } from '../../core'
import { defineAction, STAFF, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import type { ActivityRecord } from '../../ports/records'
import { queueOwed } from '../../services/notify'
import { activityView } from '../../services/outreach/activities'
import { auditEntry, staffActor } from '../../services/supervision/support'

function staffView(a: ActivityRecord, now: Date) {
  return { ...activityView(a, now), audience: a.audience, invited: a.invited, messaged: a.messaged, createdByName: a.createdByName }
}

function refused(d: { code: string; message: string; fields?: Record<string, string> }): never {
  if (d.code === 'invalid_payload') throw errors.invalid(d.message, d.fields)
  throw errors.invalidState(d.message)
}

/** Writes the next record under the version the caller saw, with its audit entry. */
async function write(ctx: Ctx, id: string, version: number, next: (cur: ActivityRecord) => ActivityRecord, audit: (cur: ActivityRecord) => JsonObject): Promise<ActivityRecord> {
  return ctx.rt.store.runUnit(async (tx) => {
    const cur = await tx.activities.get(id)
    if (!cur) throw errors.notFound('找不到该活动，请返回列表刷新')
    if (cur.version !== version) throw errors.conflict()
    const rec = next(cur)
    if (!(await tx.activities.replaceIfVersion(rec, cur.version))) throw errors.conflict()
    await tx.audit.insert(auditEntry(ctx, rec.status === 'cancelled' ? 'activity-cancel-event' : 'activity-update', id, audit(cur)))
    return rec
  })
}

/** Tells every signed-up operator (one unit each): a message only where a credit pays. Answers [told, messaged]. */
async function tellSignedUp(ctx: Ctx, a: ActivityRecord, change: 'changed' | 'cancelled'): Promise<[number, number]> {
  let told = 0
  let notified = 0
  for (const p of await ctx.rt.store.participations.listByActivity(a.id, 2000)) {
    if (p.status !== 'signed-up') continue
    told++
    const sent = await ctx.rt.store.runUnit(async (tx) => (await queueOwed(ctx, tx, a.id, activityChangeRequest(a, p.openid, change))) === null)
    if (sent) notified++
  }
  return [told, notified]
}

export const activityUpdate = defineAction({
  contract: activityUpdateContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    staffActor(ctx)
    const { id, version, ...edit } = input
    let notify = false
    const rec = await write(ctx, id, version, (cur) => {
      const d = checkActivityEdit(cur, edit, ctx.now)
      if (!d.ok) refused(d)
      notify = d.notify
      return { ...cur, ...edit, version: cur.version + 1, updatedAt: ctx.now.toISOString() }
    }, (cur) => ({ changed: Object.keys(edit).filter((k) => JSON.stringify(cur[k as keyof typeof edit]) !== JSON.stringify(edit[k as keyof typeof edit])) }))
    const [told, notified] = notify ? await tellSignedUp(ctx, rec, 'changed') : [0, 0]
    return { activity: staffView(rec, ctx.now), told, notified }
  }
})

export const activityCancelByStaff = defineAction({
  contract: activityCancelByStaffContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    staffActor(ctx)
    const rec = await write(ctx, input.id, input.version, (cur) => {
      const d = checkActivityCancel(cur, ctx.now)
      if (!d.ok) refused(d)
      return { ...cur, status: 'cancelled', cancelReason: input.reason, version: cur.version + 1, updatedAt: ctx.now.toISOString() }
    }, () => ({ reason: input.reason }))
    const [told, notified] = await tellSignedUp(ctx, rec, 'cancelled')
    return { activity: staffView(rec, ctx.now), told, notified }
  }
})
