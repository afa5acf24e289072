/** Reports (举报) from the public, newest first; the reporter's openid is not shown. */
import { defineAction, STAFF } from '../../entry/action'
import { platformLabel } from '../../core'
import { ReportsInput, type ReportsOutput } from './reports.schema'

export const reports = defineAction({
  input: ReportsInput,
  allow: STAFF,
  handler: async (input, ctx): Promise<ReportsOutput> => ({
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
