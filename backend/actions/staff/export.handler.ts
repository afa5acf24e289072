/**
 * Export the current filter to .xlsx; the file is delivered once and deleted (services/exports.ts).
 * Audited (the audit entry outlives the file).
 */
import { exportContract, exportDoneContract, exportLinkContract, localDateTime } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import { errors } from '../../errors'
import type { QueueCursor } from '../../ports/store.port'
import { startXlsxExport } from '../../services/export-xlsx'
import { toStoreFilter } from '../../services/queue-filter'
import { exportDelivered, exportLink, storeExport } from '../../services/exports'
import { requireUser } from '../../services/filings'

const PAGE = 500
/** A hard stop so one tap cannot build an unbounded file in a 60-second function. */
export const MAX_EXPORT_FILINGS = 100_000

export const exportXlsx = defineAction({
  contract: exportContract,
  allow: STAFF,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    if (input.full && ctx.caller.role !== 'admin') throw errors.forbidden('导出完整个人信息仅限管理员；审核员可导出脱敏数据')
    const { rt } = ctx
    const filter = toStoreFilter(input, ctx.now, rt.config)
    const xlsx = startXlsxExport(rt.config, rt.crypto, input.full)
    let cursor: QueueCursor | null = null
    let filings = 0
    do {
      const page = await rt.store.filings.queue(filter, cursor, PAGE)
      for (const rec of page.items) xlsx.addFiling(rec)
      filings += page.items.length
      cursor = page.next
    } while (cursor && filings < MAX_EXPORT_FILINGS)
    const { bytes, rows } = await xlsx.finish()
    const stamp = localDateTime(ctx.now, rt.config.timezone).replace(/[-: ]/g, '').slice(0, 12)
    const fileName = `备案导出-${stamp}${input.full ? '-完整信息' : ''}.xlsx`
    const delivery = await storeExport(ctx, bytes, input.full)
    await rt.store.audit.insert({
      id: rt.ids.newId(),
      at: ctx.now.toISOString(),
      actorOpenid: ctx.caller.openid,
      actorRole: ctx.caller.role,
      action: 'export',
      filingId: null,
      detail: { full: input.full, filings, rows, exportId: delivery.exportId, deleteBy: delivery.deleteBy, filter: JSON.parse(JSON.stringify(filter)) }
    })
    return { ...delivery, fileName, rows, filings }
  }
})

/** A fresh one-time link to my export while it still exists (full exports: admins only). */
export const exportLinkAction = defineAction({
  contract: exportLinkContract,
  allow: STAFF,
  handler: async (input, raw) => exportLink(requireUser(raw), input.exportId)
})

/** The client has the file: delete it now rather than at the purge. */
export const exportDone = defineAction({
  contract: exportDoneContract,
  allow: STAFF,
  handler: async (input, raw) => exportDelivered(requireUser(raw), input.exportId)
})
