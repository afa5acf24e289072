/**
 * The monthly report for reporting upward (.xlsx): the dashboard's numbers, one sheet per table,
 * and the list of filings first submitted late in the month. exceljs is loaded only here, when a
 * report is asked for, so the staff function starts without it.
 */
import { localDate, platformLabel, type CoverageRow, type JurisdictionConfig } from '../../core'
import type { FilingRecord } from '../../ports/records'
import type { Dashboard } from './dashboard'

const pct = (r: number | null) => (r === null ? '—' : `${r}%`)

export async function monthlyWorkbook(d: Dashboard, late: FilingRecord[], config: JurisdictionConfig, generatedAt: Date): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.creator = config.office.name
  wb.created = generatedAt
  const sheet = (name: string, columns: Array<[string, number]>, rows: Array<Array<string | number>>) => {
    const ws = wb.addWorksheet(name)
    ws.columns = columns.map(([header, width]) => ({ header, width }))
    ws.getRow(1).font = { bold: true }
    for (const r of rows) ws.addRow(r)
    return ws
  }
  const coverage = (rows: CoverageRow[]) => rows.map((r) => [r.label, r.filed, r.unfiled, r.filed + r.unfiled, pct(r.rate)])
  sheet('概览', [['项目', 36], ['数值', 16]], [
    ['报告月份', d.month],
    ['单位', config.office.name],
    ['已备案账号（按平台计）', d.coverage.total.filed],
    ['已掌握未备案账号（线索）', d.coverage.total.unfiled],
    ['备案覆盖率', pct(d.coverage.total.rate)],
    ['累计提交备案', d.late.submitted],
    ['其中逾期备案', d.late.late],
    ['逾期备案占比', pct(d.late.rate)],
    ['本月逾期备案', d.late.lateInMonth],
    ['本月收到举报', d.reports.receivedInMonth],
    ['本月办结举报', d.reports.closedInMonth],
    ['待处理举报', d.reports.open + d.reports.processing],
    ['生成时间', localDate(generatedAt, config.timezone)]
  ])
  const covCols: Array<[string, number]> = [['名称', 18], ['已备案', 10], ['未备案线索', 12], ['合计', 10], ['覆盖率', 10]]
  sheet('覆盖率（镇街）', covCols, coverage(d.coverage.byTown))
  sheet('覆盖率（平台）', covCols, [...coverage(d.coverage.byPlatform), ...coverage([d.coverage.total])])
  sheet('审核时限', [['审核人员', 14], ['决定数', 10], ['按时', 10], ['超时', 10], ['按时率', 10]], d.reviewers.map((r) => [r.name, r.decisions, r.onTime, r.late, pct(r.rate)]))
  sheet('退回原因', [['退回项目', 24], ['次数', 10]], d.returnReasons.map((r) => [r.label, r.count]))
  sheet('执法漏斗', [['环节', 16], ['数量', 10]], d.funnel.map((r) => [r.label, r.count]))
  sheet('本月逾期备案', [['备案号', 20], ['账号', 30], ['平台', 16], ['备案截止日期', 14], ['首次提交日期', 14]], late.map((f) => [
    f.filingNumber ?? '（未通过）',
    f.index.accountNames.join('、'),
    f.index.platforms.map((p) => platformLabel(p, config)).join('、'),
    f.index.dueDate ?? '',
    f.firstSubmittedAt ? localDate(f.firstSubmittedAt, config.timezone) : ''
  ]))
  return Buffer.from(await wb.xlsx.writeBuffer())
}
