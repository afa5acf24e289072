/** My filings, newest first (an owner rarely has more than a handful). */
import { defineAction, SIGNED_IN } from '../../entry/action'
import { requireUser } from '../../services/filings'
import { toListItem } from '../../services/views'
import { listMineContract } from '../../core'

export const MAX_OWN_FILINGS = 200

export const listMine = defineAction({
  contract: listMineContract,
  allow: SIGNED_IN,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    const recs = await ctx.rt.store.filings.listByOwner(ctx.caller.openid, MAX_OWN_FILINGS)
    return { items: recs.map((r) => toListItem(r, ctx.now, ctx.rt.config)) }
  }
})
