/** Reports (举报) from the public, newest first; the reporter's openid is not shown. */
import { defineAction, STAFF } from '../../entry/action'
import { platformLabel, reportsContract } from '../../core'

export const reports = defineAction({
  contract: reportsContract,
  allow: STAFF,
  handler: async (input, ctx) => ({
    items: (await ctx.rt.store.reports.list(input.limit)).map((r) => ({
      id: r.id,
      platform: r.platform,
      platformName: platformLabel(r.platform, ctx.rt.config),
      accountName: r.accountName,
      reason: r.reason,
      details: r.details,
      at: r.at,
      status: r.status,
      filingId: r.filingId
    }))
  })
})
