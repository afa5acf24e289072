/**
 * Co-managers (issue 12 §7). The rules (who may invite, remove, leave; the last manager stays) are
 * core's `org/managers`; codes are the invite primitive (random code, keyed hash stored, 7-day expiry,
 * redeem attempts counted in the same daily budget as staff invites: services/invites `redeemCode`). Each change is one unit with its
 * audit entry, written against the filing's version, so a removed manager loses access at the next call.
 */
import {
  addManager,
  canInviteManager,
  managerInviteContract,
  managerJoinContract,
  managerRemoveContract,
  managersContract,
  managersOf,
  MAX_MANAGERS,
  removeManager,
  type ManagerChange
} from '../../core'
import { defineAction, SIGNED_IN, type UserCtx } from '../../entry/action'
import { errors } from '../../errors'
import type { FilingRecord } from '../../ports/records'
import type { UnitOfWork } from '../../ports/store.port'
import { loadOwnFiling, requireUser, writeApplicantChange } from '../../services/filings'
import { INVITE_VALID_DAYS, inviteId, redeemCode } from '../../services/invites'
import { refusalError } from '../../services/transition'
import { transferSection } from '../../services/transfer'

/** Stable per (filing, person) and meaningless elsewhere: other people's openids never leave the server. */
const memberIdOf = (ctx: UserCtx, filingId: string, openid: string) => ctx.rt.crypto.hash(`manager:${filingId}:${openid}`).slice(0, 24)

async function writeChange(ctx: UserCtx, tx: UnitOfWork, cur: FilingRecord, change: ManagerChange, action: string, detail: Record<string, string>): Promise<FilingRecord> {
  if (!change.ok) throw refusalError(change)
  return writeApplicantChange(ctx, tx, cur, change.next, action, detail)
}

export const managers = defineAction({
  contract: managersContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    return {
      id: rec.id,
      version: rec.version,
      youOwn: rec.ownerOpenid === ctx.caller.openid,
      max: MAX_MANAGERS,
      transfer: await transferSection(ctx, rec),
      items: managersOf(rec).map((m) => ({ memberId: memberIdOf(ctx, rec.id, m.openid), name: m.name, owner: m.openid === rec.ownerOpenid, you: m.openid === ctx.caller.openid, addedAt: m.addedAt }))
    }
  }
})

export const managerInvite = defineAction({
  contract: managerInviteContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    const may = canInviteManager(rec, ctx.caller.openid)
    if (!may.ok) throw refusalError(may)
    const code = ctx.rt.ids.newCode()
    const at = ctx.now.toISOString()
    const expiresAt = new Date(ctx.now.getTime() + INVITE_VALID_DAYS * 86_400_000).toISOString()
    await ctx.rt.store.runUnit(async (tx) => {
      await tx.invites.put({ id: inviteId(ctx.rt.crypto, code), purpose: 'manager', filingId: rec.id, name: input.name, createdBy: ctx.caller.openid, createdAt: at, expiresAt, usedBy: null, usedAt: null })
      await tx.audit.insert({ id: ctx.rt.ids.newId(), at, actorOpenid: ctx.caller.openid, actorRole: 'applicant', action: 'manager-invite', filingId: rec.id, detail: { name: input.name, expiresAt } })
    })
    return { code, expiresAt }
  }
})

export const managerJoin = defineAction({
  contract: managerJoinContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const joined = await redeemCode(ctx, input.code, 'manager', '向备案的所有人', async (tx, invite) => {
      const cur = await tx.filings.get(invite.filingId)
      if (!cur) throw errors.notFound('该备案已不存在')
      return writeChange(ctx, tx, cur, addManager(cur, { openid: ctx.caller.openid, name: invite.name }, invite.createdBy, ctx.now), 'manager-join', { name: invite.name, invitedBy: invite.createdBy })
    })
    return { id: joined.id, accountNames: [...joined.index.accountNames] }
  }
})

export const managerRemove = defineAction({
  contract: managerRemoveContract,
  allow: SIGNED_IN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const rec = await loadOwnFiling(ctx, input.id)
    if (rec.version !== input.version) throw errors.conflict()
    const target = managersOf(rec).find((m) => memberIdOf(ctx, rec.id, m.openid) === input.memberId)
    if (!target) throw errors.invalid('该人员不是这个备案的管理人，请刷新后重试')
    const left = target.openid === ctx.caller.openid
    const next = await ctx.rt.store.runUnit(async (tx) => {
      const cur = await tx.filings.get(rec.id)
      if (!cur || cur.version !== input.version) throw errors.conflict()
      const change = removeManager(cur, target.openid, ctx.caller.openid, ctx.now)
      return writeChange(ctx, tx, cur, change, left ? 'manager-leave' : 'manager-remove', { name: target.name, ...(change.ok && change.next.ownerOpenid !== cur.ownerOpenid ? { newOwner: change.next.ownerOpenid } : {}) })
    })
    return { id: next.id, version: next.version, left }
  }
})
