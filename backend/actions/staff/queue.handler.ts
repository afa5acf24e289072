/** The review queue: filters, oldest submission first, sorted-key cursor pagination. */
import { defineAction, STAFF } from '../../entry/action'
import { decodeCursor, encodeCursor, toStoreFilter } from '../../services/queue-filter'
import { toQueueItem } from '../../services/views'
import { QueueInput, type QueueOutput } from './queue.schema'

export const queue = defineAction({
  input: QueueInput,
  allow: STAFF,
  handler: async (input, ctx): Promise<QueueOutput> => {
    const { config } = ctx.rt
    const page = await ctx.rt.store.filings.queue(toStoreFilter(input, ctx.now, config), decodeCursor(input.cursor), input.limit)
    return { items: page.items.map((r) => toQueueItem(r, ctx.now, config)), nextCursor: encodeCursor(page.next) }
  }
})
