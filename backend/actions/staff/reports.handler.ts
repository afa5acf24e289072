/** The reports inbox (举报), newest first; the reporter's identity is never shown. */
import { defineAction, STAFF } from '../../entry/action'
import { reportItem } from '../../services/supervision/views'
import { ReportsInput, type ReportsOutput } from './reports.schema'

export const reports = defineAction({
  input: ReportsInput,
  allow: STAFF,
  handler: async (input, ctx): Promise<ReportsOutput> => {
    const { store, config } = ctx.rt
    const rows = await store.reports.list({ statuses: input.status ? [input.status] : undefined, assignee: input.mine ? (ctx.caller.openid ?? undefined) : undefined }, input.limit)
    return { items: rows.map((r) => reportItem(r, config)), counts: await store.reports.countByStatus() }
  }
})
