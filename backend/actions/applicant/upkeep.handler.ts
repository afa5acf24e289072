/**
 * Upkeep, the operator's side (issue 11 §5, §6): a 建议备案 operator who asked to be told reports
 * followers and is prompted to file once past the threshold; a change of operator or contact is
 * reported and due within 30 working days (shown here, reminded by the timer); the consent to be
 * listed in the association's directory, given and withdrawn per filing.
 */
import { DIRECTORY_CONSENT_TEXT, directoryConsentContract, isFiled, myUpkeepContract, standingOf, upkeepChangeContract, upkeepFollowersContract } from '../../core'
import { defineAction, SIGNED_IN, type Ctx } from '../../entry/action'
import { errors } from '../../errors'
import { loadOwnFiling, requireUser } from '../../services/filings'
import { auditEntry } from '../../services/supervision/support'
import { changeView, reportChange, reportFollowers, updateUpkeep } from '../../services/outreach/upkeep'

const contactId = (ctx: Ctx, openid: string) => ctx.rt.crypto.hash(`outreach:${openid}`)

export const upkeepFollowers = defineAction({
  contract: upkeepFollowersContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => {
    const u = requireUser(ctx)
    const contact = await ctx.rt.store.outreachContacts.get(contactId(ctx, u.caller.openid))
    if (!contact || !contact.optedIn) throw errors.invalidState('请先完成备案自查，并选择接收活动和备案提醒')
    return { prompt: await reportFollowers(ctx, contact, input.followers) }
  }
})

export const upkeepChange = defineAction({
  contract: upkeepChangeContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => {
    const u = requireUser(ctx)
    const f = await loadOwnFiling(u, input.filingId)
    if (!isFiled(standingOf(f)) || !f.approved) throw errors.invalidState('该备案尚未通过或已注销，无需办理变更备案')
    const rec = await reportChange(ctx, f, input.kinds, 'operator')
    const view = changeView(rec, { filingNumber: f.filingNumber, accountNames: f.approved.index.accountNames })
    if (!view) throw errors.conflict()
    return { change: view }
  }
})

export const myUpkeep = defineAction({
  contract: myUpkeepContract,
  allow: SIGNED_IN,
  handler: async (_input, ctx) => {
    const u = requireUser(ctx)
    const filings = await ctx.rt.store.filings.listByOwner(u.caller.openid, 100)
    const items = []
    for (const f of filings) {
      if (!isFiled(standingOf(f)) || !f.approved) continue
      const rec = await ctx.rt.store.upkeep.get(f.id)
      const names = { filingNumber: f.filingNumber, accountNames: f.approved.index.accountNames }
      items.push({ filingId: f.id, ...names, listed: rec?.listed ?? false, change: rec ? changeView(rec, names) : null })
    }
    const c = await ctx.rt.store.outreachContacts.get(contactId(ctx, u.caller.openid))
    const selfCheck = c?.optedIn && c.answers ? { followers: c.accounts[0]?.followers ?? c.answers.followers ?? null, crossed: !!c.crossedAt } : null
    return { items, consentText: DIRECTORY_CONSENT_TEXT, selfCheck }
  }
})

export const directoryConsent = defineAction({
  contract: directoryConsentContract,
  allow: SIGNED_IN,
  handler: async (input, ctx) => {
    const u = requireUser(ctx)
    // A draft may carry the consent from the wizard's commitment step; only filed ones are listed.
    const f = await loadOwnFiling(u, input.filingId)
    const at = ctx.now.toISOString()
    const rec = await ctx.rt.store.runUnit(async (tx) => {
      const next = await updateUpkeep(tx, f, at, () => ({ listed: input.listed, listedAt: input.listed ? at : null }))
      await tx.audit.insert(auditEntry(ctx, input.listed ? 'directory-consent' : 'directory-withdraw', f.id, {}, f.id))
      return next
    })
    return { listed: rec.listed }
  }
})
