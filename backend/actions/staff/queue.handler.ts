/** The review queue: filters, oldest submission first, sorted-key cursor pagination; filings this reviewer must recuse from are marked. */
import { defineAction, STAFF } from '../../entry/action'
import { decodeCursor, encodeCursor, toStoreFilter } from '../../services/queue-filter'
import { staffIdentity } from '../../services/staff-identity'
import { toQueueItem } from '../../services/views'
import { queueContract, queueCountsContract, STAFF_VISIBLE_STATUSES, statusLabel } from '../../core'

export const queue = defineAction({
  contract: queueContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    const { config } = ctx.rt
    const [page, me] = await Promise.all([ctx.rt.store.filings.queue(toStoreFilter(input, ctx.now, config), decodeCursor(input.cursor), input.limit), staffIdentity(ctx)])
    return { items: page.items.map((r) => toQueueItem(r, ctx.now, config, me)), nextCursor: encodeCursor(page.next) }
  }
})

export const queueCounts = defineAction({
  contract: queueCountsContract,
  allow: STAFF,
  handler: async (input, ctx) => {
    // Every status staff may see (the tabs pick theirs), narrowed as the queue on screen is.
    const filter = { ...toStoreFilter(input, ctx.now, ctx.rt.config), statuses: [...STAFF_VISIBLE_STATUSES] }
    const counts = await ctx.rt.store.filings.countByStatus(filter)
    return { byStatus: Object.entries(counts).map(([key, count]) => ({ key, label: statusLabel(key), count })) }
  }
})
