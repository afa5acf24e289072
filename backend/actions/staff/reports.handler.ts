/** The reports inbox (举报), newest first; the reporter's identity is never shown. */
import { defineAction, STAFF } from '../../entry/action'
import { reportItem } from '../../services/supervision/views'
import { reportsContract } from '../../core'

export const reports = defineAction({
  contract: reportsContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { store, config } = ctx.rt
    const rows = await store.reports.list({ statuses: input.status ? [input.status] : undefined, assignee: input.mine ? (ctx.caller.openid ?? undefined) : undefined }, input.limit)
    return { items: rows.map((r) => reportItem(r, config)), counts: await store.reports.countByStatus() }
  }
})
