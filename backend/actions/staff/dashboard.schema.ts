import { z } from 'zod'
import { MONTH } from '../../core'
import type { Dashboard } from '../../services/supervision/dashboard'
import type { ExportDelivery } from '../../services/exports'

const Month = z.string().regex(MONTH, '月份格式应为 年-月（如 2026-11）')

export const DashboardInput = z.object({ month: Month.optional() }).strict()
export type DashboardOutput = Dashboard

export const MonthlyReportInput = z.object({ month: Month }).strict()
export type MonthlyReportOutput = ExportDelivery & { fileName: string }
