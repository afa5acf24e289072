/** Export the current filter to .xlsx in storage; returns a 10-minute link. Audited. */
import { localDateTime, exportContract } from '../../core'
import { defineAction, STAFF } from '../../entry/action'
import { errors } from '../../errors'
import type { QueueCursor } from '../../ports/store.port'
import { startXlsxExport } from '../../services/export-xlsx'
import { toStoreFilter } from '../../services/queue-filter'
import { LINK_MAX_AGE_SECONDS } from '../applicant/get-filing.handler'

const PAGE = 500
/** A hard stop so one tap cannot build an unbounded file in a 60-second function. */
export const MAX_EXPORT_FILINGS = 100_000

export const exportXlsx = defineAction({
  contract: exportContract,
  allow: STAFF,
  handler: async (input, ctx) => {
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
    const { fileId } = await rt.files.put(`exports/${stamp.slice(0, 8)}/${rt.ids.newId()}.xlsx`, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const links = await rt.files.signedUrls([fileId], LINK_MAX_AGE_SECONDS)
    await rt.store.audit.insert({
      id: rt.ids.newId(),
      at: ctx.now.toISOString(),
      actorOpenid: ctx.caller.openid,
      actorRole: ctx.caller.role,
      action: 'export',
      filingId: null,
      detail: { full: input.full, filings, rows, fileId, filter: JSON.parse(JSON.stringify(filter)) }
    })
    return { url: links[fileId] ?? '', fileName, rows, filings, expiresInSeconds: LINK_MAX_AGE_SECONDS }
  }
})
