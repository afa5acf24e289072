/**
 * Public lookup: is this account filed? Answered only from the valid approved version (core
 * publicItems), the same way by number and by name, and only account-level facts — no subject,
 * no person, no contact. Rate-limited per caller.
 */
import { isFoundFiled, lookupContract, nameKey, publicItems } from '../../core'
import { defineAction } from '../../entry/action'
import type { FilingRecord } from '../../ports/records'
import { consumeRate } from '../../services/rate-limit'

export const lookup = defineAction({
  contract: lookupContract,
  allow: ['anonymous', 'applicant', 'reviewer', 'admin'],
  handler: async (input, ctx) => {
    const { store, config } = ctx.rt
    await consumeRate(ctx, 'lookup')
    if ('filingNumber' in input) {
      const rec: FilingRecord | null = await store.filings.findByNumber(input.filingNumber.replace(/\s+/g, ''))
      const items = rec ? publicItems(rec, config) : []
      return { found: isFoundFiled(items), items }
    }
    const recs = await store.filings.findByPublicKeys([nameKey(input.platform, input.accountName)])
    const items = recs.flatMap((rec) => publicItems(rec, config, input))
    return { found: isFoundFiled(items), items }
  }
})
