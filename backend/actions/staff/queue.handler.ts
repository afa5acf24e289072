/** The review queue: filters, oldest submission first, sorted-key cursor pagination; filings this reviewer must recuse from are marked. */
import { defineAction, STAFF } from '../../entry/action'
import { decodeCursor, encodeCursor, toStoreFilter } from '../../services/queue-filter'
import { staffIdentity } from '../../services/staff-identity'
import { toQueueItem } from '../../services/views'
import { QueueInput, type QueueOutput } from './queue.schema'

export const queue = defineAction({
  input: QueueInput,
  allow: STAFF,
  handler: async (input, ctx): Promise<QueueOutput> => {
    const { config } = ctx.rt
    const [page, me] = await Promise.all([ctx.rt.store.filings.queue(toStoreFilter(input, ctx.now, config), decodeCursor(input.cursor), input.limit), staffIdentity(ctx)])
    return { items: page.items.map((r) => toQueueItem(r, ctx.now, config, me)), nextCursor: encodeCursor(page.next) }
  }
})
