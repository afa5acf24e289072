/** The review queue: filters, oldest submission first, sorted-key cursor pagination. */
import { defineAction, STAFF } from '../../entry/action'
import { decodeCursor, encodeCursor, toStoreFilter } from '../../services/queue-filter'
import { toQueueItem } from '../../services/views'
import { queueContract, queueCountsContract } from '../../core'
import { statusLabel } from '../../services/views'

export const queue = defineAction({
  contract: queueContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { config } = ctx.rt
    const page = await ctx.rt.store.filings.queue(toStoreFilter(input, ctx.now, config), decodeCursor(input.cursor), input.limit)
    return { items: page.items.map((r) => toQueueItem(r, ctx.now, config)), nextCursor: encodeCursor(page.next) }
  }
})

export const queueCounts = defineAction({
  contract: queueCountsContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    // Every status (the tabs pick theirs), narrowed as the queue on screen is.
    const filter = { ...toStoreFilter(input, ctx.now, ctx.rt.config), statuses: undefined }
    const counts = await ctx.rt.store.filings.countByStatus(filter)
    return { byStatus: Object.entries(counts).map(([key, count]) => ({ key, label: statusLabel(key), count })) }
  }
})
