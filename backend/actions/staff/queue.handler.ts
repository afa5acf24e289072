/** The review queue: filters, oldest submission first, sorted-key cursor pagination; filings this reviewer must recuse from are marked. */
import { defineAction, STAFF } from '../../entry/action'
import { decodeCursor, encodeCursor, toStoreFilter } from '../../services/queue-filter'
import { staffIdentity } from '../../services/staff-identity'
import { toQueueItem } from '../../services/views'
import { queueContract } from '../../core'

export const queue = defineAction({
  contract: queueContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { config } = ctx.rt
    const [page, me] = await Promise.all([ctx.rt.store.filings.queue(toStoreFilter(input, ctx.now, config), decodeCursor(input.cursor), input.limit), staffIdentity(ctx)])
    return { items: page.items.map((r) => toQueueItem(r, ctx.now, config, me)), nextCursor: encodeCursor(page.next) }
  }
})
