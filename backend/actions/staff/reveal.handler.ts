/** Staff reveal one masked ID number; every reveal is audited with who, when and which field. */
import { defineAction, STAFF } from '../../entry/action'
import { errors } from '../../errors'
import { loadFiling } from '../../services/filings'
import { revealSecret } from '../../services/sealing'
import { revealContract } from '../../core'

export const reveal = defineAction({
  contract: revealContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const rec = await loadFiling(ctx, input.id)
    const sealed = input.snapshot === 'approved' ? rec.approved : rec.working
    if (!sealed) throw errors.notFound('该备案没有已通过的版本')
    // Audit first: if the audit write fails, nothing is revealed.
    await ctx.rt.store.audit.insert({
      id: ctx.rt.ids.newId(),
      at: ctx.now.toISOString(),
      actorOpenid: ctx.caller.openid,
      actorRole: ctx.caller.role,
      action: 'reveal',
      filingId: rec.id,
      detail: { field: input.field, snapshot: input.snapshot }
    })
    return { field: input.field, value: revealSecret(sealed, ctx.rt.crypto, input.field) }
  }
})
