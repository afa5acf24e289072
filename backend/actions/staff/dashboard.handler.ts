/** The director's dashboard and its monthly .xlsx (admin only; the report is audited). */
import { ADMIN, defineAction } from '../../entry/action'
import { storeExport } from '../../services/exports'
import { requireUser } from '../../services/filings'
import { errors } from '../../errors'
import { buildDashboard, currentMonth } from '../../services/supervision/dashboard'
import { monthlyWorkbook } from '../../services/supervision/monthly-xlsx'
import { auditEntry } from '../../services/supervision/support'
import { dashboardContract, monthlyReportContract, monthRange } from '../../core'

export const dashboard = defineAction({
  contract: dashboardContract,
  allow: ADMIN,
  handler: async (input, ctx) => buildDashboard(ctx, input.month ?? currentMonth(ctx.now, ctx.rt.config.timezone))
})

export const monthlyReport = defineAction({
  contract: monthlyReportContract,
  allow: ADMIN,
  handler: async (input, raw) => {
    const ctx = requireUser(raw)
    const { rt } = ctx
    if (input.month > currentMonth(ctx.now, rt.config.timezone)) throw errors.invalid('不能生成未来月份的报表，请重新选择月份', { month: '请选择本月或以前的月份' })
    const d = await buildDashboard(ctx, input.month)
    const { from, to } = monthRange(input.month, rt.config.timezone)
    const bytes = await monthlyWorkbook(d, await rt.store.filings.listLate(from, to, 10_000), rt.config, ctx.now)
    // Delivered like any export: once, then deleted (services/exports.ts). Counts only, no personal data.
    const delivery = await storeExport(ctx, bytes, false)
    await rt.store.audit.insert(auditEntry(ctx, 'monthly-report', `monthly-${input.month}`, { month: input.month, exportId: delivery.exportId }))
    return { ...delivery, fileName: `监管月报-${input.month}.xlsx` }
  }
})
