/** The directory export (issue 11 §6): admins only; delivered once like the register export; audited. */
import { directoryExportContract, localDateTime } from '../../core'
import { ADMIN, defineAction } from '../../entry/action'
import { storeExport } from '../../services/exports'
import { requireUser } from '../../services/filings'
import { directoryWorkbook } from '../../services/outreach/directory'
import { auditEntry } from '../../services/supervision/support'

export const directoryExport = defineAction({
  contract: directoryExportContract,
  allow: ADMIN,
  handler: async (_input, raw) => {
    const ctx = requireUser(raw)
    const { bytes, rows, operators } = await directoryWorkbook(ctx)
    const delivery = await storeExport(ctx, bytes, false)
    await ctx.rt.store.audit.insert(auditEntry(ctx, 'directory-export', delivery.exportId, { rows, operators, deleteBy: delivery.deleteBy }))
    const stamp = localDateTime(ctx.now, ctx.rt.config.timezone).replace(/[-: ]/g, '').slice(0, 8)
    return { ...delivery, fileName: `自媒体名录-${stamp}.xlsx`, rows, operators }
  }
})
