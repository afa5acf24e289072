/** The director's dashboard and its monthly .xlsx (admin only; the report is audited). */
import { ADMIN, defineAction } from '../../entry/action'
import { errors } from '../../errors'
import { buildDashboard, currentMonth } from '../../services/supervision/dashboard'
import { monthlyWorkbook } from '../../services/supervision/monthly-xlsx'
import { auditEntry } from '../../services/supervision/support'
import { monthRange } from '../../core'
import { LINK_MAX_AGE_SECONDS } from '../applicant/get-filing.handler'
import { DashboardInput, MonthlyReportInput, type DashboardOutput, type MonthlyReportOutput } from './dashboard.schema'

export const dashboard = defineAction({
  input: DashboardInput,
  allow: ADMIN,
  handler: async (input, ctx): Promise<DashboardOutput> => buildDashboard(ctx, input.month ?? currentMonth(ctx.now, ctx.rt.config.timezone))
})

export const monthlyReport = defineAction({
  input: MonthlyReportInput,
  allow: ADMIN,
  handler: async (input, ctx): Promise<MonthlyReportOutput> => {
    const { rt } = ctx
    if (input.month > currentMonth(ctx.now, rt.config.timezone)) throw errors.invalid('不能生成未来月份的报表，请重新选择月份', { month: '请选择本月或以前的月份' })
    const d = await buildDashboard(ctx, input.month)
    const { from, to } = monthRange(input.month, rt.config.timezone)
    const bytes = await monthlyWorkbook(d, await rt.store.filings.listLate(from, to, 10_000), rt.config, ctx.now)
    const fileName = `监管月报-${input.month}.xlsx`
    const { fileId } = await rt.files.put(`exports/monthly/${input.month}-${rt.ids.newId()}.xlsx`, bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const links = await rt.files.signedUrls([fileId], LINK_MAX_AGE_SECONDS)
    await rt.store.audit.insert(auditEntry(ctx, 'monthly-report', `monthly-${input.month}`, { month: input.month, fileId }))
    return { url: links[fileId] ?? '', fileName, expiresInSeconds: LINK_MAX_AGE_SECONDS }
  }
})
