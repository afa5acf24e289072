/** The review queue: filters, oldest submission first, sorted-key cursor pagination. */
import { defineAction, STAFF } from '../../entry/action'
import { decodeCursor, encodeCursor, toStoreFilter } from '../../services/queue-filter'
import { toQueueItem } from '../../services/views'
import { queueContract } from '../../core'

export const queue = defineAction({
  contract: queueContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { config } = ctx.rt
    const page = await ctx.rt.store.filings.queue(toStoreFilter(input, ctx.now, config), decodeCursor(input.cursor), input.limit)
    return { items: page.items.map((r) => toQueueItem(r, ctx.now, config)), nextCursor: encodeCursor(page.next) }
  }
})
