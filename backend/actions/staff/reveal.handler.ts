/**
 * Staff reveal one masked ID number; every reveal is audited with who, when and which field.
 * Nobody reveals a filing they must recuse from (their own, or one naming them): refused and audited.
 */
import { RECUSAL_MESSAGES, recusalReason, revealContract } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import { errors } from '../../errors'
import { loadFiling } from '../../services/filings'
import { revealSecret } from '../../services/sealing'
import { staffIdentity } from '../../services/staff-identity'
import { auditRecusal } from '../../services/recusal'

export const reveal = defineAction({
  contract: revealContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const rec = await loadFiling(ctx, input.id)
    const recusal = recusalReason(rec, await staffIdentity(ctx))
    if (recusal) {
      await auditRecusal(ctx, rec.id, 'reveal', { ok: false, code: 'recused', message: RECUSAL_MESSAGES[recusal], recusal })
      throw errors.forbidden(RECUSAL_MESSAGES[recusal])
    }
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
