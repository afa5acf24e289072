/**
 * A reviewer records the ownership checklist of one account; every change is audited. Checking
 * is part of deciding: nobody checks a filing they must recuse from (refused and audited).
 */
import { AccountSchema, accountKey, checklistState, ownershipCheckContract, RECUSAL_MESSAGES, recusalReason, type DraftContent, type OwnershipChecklist } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import { errors } from '../../errors'
import { loadFiling } from '../../services/filings'
import { staffIdentity } from '../../services/staff-identity'
import { auditRecusal } from '../../services/recusal'
import { updateVerification } from '../../services/trust/verifications'

export const ownershipCheck = defineAction({
  contract: ownershipCheckContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const rec = await loadFiling(ctx, input.id)
    const recusal = recusalReason(rec, await staffIdentity(ctx))
    if (recusal) {
      await auditRecusal(ctx, rec.id, 'ownership-check', { ok: false, code: 'recused', message: RECUSAL_MESSAGES[recusal], recusal })
      throw errors.forbidden(RECUSAL_MESSAGES[recusal])
    }
    const accounts = (rec.working.content as unknown as DraftContent).accounts ?? []
    const known = accounts.some((a) => {
      const parsed = AccountSchema.safeParse(a)
      return parsed.success && accountKey(parsed.data) === input.accountKey
    })
    if (!known) throw errors.invalid('该账号不在这份备案中，请刷新后重试', { accountKey: '账号不在备案中' })
    const at = ctx.now.toISOString()
    const checks = Object.fromEntries(Object.entries(input.checks).filter(([, v]) => typeof v === 'boolean')) as OwnershipChecklist
    await updateVerification(ctx, rec, (cur) => ({
      ...cur,
      checks: { ...cur.checks, [input.accountKey]: { accountKey: input.accountKey, checks, note: input.note, by: ctx.caller.openid ?? '', byName: ctx.caller.staffName ?? '', at } }
    }))
    const state = checklistState(checks)
    await ctx.rt.store.audit.insert({
      id: ctx.rt.ids.newId(),
      at,
      actorOpenid: ctx.caller.openid,
      actorRole: ctx.caller.role,
      action: 'ownership-check',
      filingId: rec.id,
      detail: { accountKey: input.accountKey, state, ...checks, ...(input.note ? { note: input.note } : {}) }
    })
    return { accountKey: input.accountKey, checks, state, checkedAt: at }
  }
})
