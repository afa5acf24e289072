import { useCallback, useEffect, useState } from 'react'
import { usePullDownRefresh } from '@tarojs/taro'
import { View, Picker, Text } from '@tarojs/components'
import { localDate } from '../../core/local-time'
import { Button, FieldFrame, LoadError, Screen, Skeleton } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { useSession } from '../session'
import { exportDone, loadStats, type Stats } from '../review'
import { ApiError } from '../../services/api'
import { openSpreadsheet } from '../../services/media'
import { stopPullDownRefresh } from '../../services/nav'
import { toast } from '../../services/dialogs'
import { loadDashboard, monthlyReport, type CoverageRow, type Dashboard } from './api'
import { F2Bars, type Bar } from './F2Chart'
import { D } from './texts'

const coverageBars = (rows: CoverageRow[]): Bar[] => rows.flatMap((r) => [{ label: r.label, value: r.filed, series: D.filed }, { label: r.label, value: r.unfiled, series: D.unfiled }])
const coverageTable = (rows: CoverageRow[]) => rows.map((r) => ({ key: r.key, cells: [r.label, `${r.filed} / ${r.unfiled}`, D.rate(r.rate)] }))

/** 统计 for every staff member; the director's dashboard (coverage, late filings, review time limits, returns, enforcement) for admins. */
export function DashboardScreen () {
  const { session } = useSession()
  const admin = session?.role === 'admin'
  const [stats, setStats] = useState<Stats | null>(null)
  const [dash, setDash] = useState<Dashboard | null>(null)
  const [month, setMonth] = useState(() => localDate(new Date(), jurisdiction.timezone).slice(0, 7))
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try {
      setStats(await loadStats())
      if (admin) setDash(await loadDashboard(month))
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('internal', D.loadFailed))
    }
  }, [admin, month])
  useEffect(() => { void load() }, [load])
  usePullDownRefresh(() => { void load().finally(stopPullDownRefresh) })

  async function exportMonth () {
    setBusy(true)
    try {
      const out = await monthlyReport(month)
      // Delivered once: the server copy goes as soon as the phone has it (the purge otherwise).
      if (await openSpreadsheet(out, out.fileName)) await exportDone(out.exportId).catch(() => undefined)
      toast(D.exported(out.fileName), 'success')
    } catch (e) {
      toast(e instanceof ApiError ? e.message : D.exportFailed)
    } finally {
      setBusy(false)
    }
  }

  const filed = stats === null ? 0 : stats.byStatus.filter((r) => r.key !== 'draft').reduce((n, r) => n + r.count, 0)
  const rows = (list: Stats['byStatus']): Bar[] => list.map((r) => ({ label: r.label, value: r.count }))
  return (
    <Screen className='review-stats'>
      {error !== null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { setError(null); void load() }} /> : null}
      {stats === null && error === null ? <Skeleton cards={3} lines={4} /> : null}
      {admin && dash !== null
        ? (
          <View data-testid='director'>
            <View className='card'>
              <View className='card-title'>{D.director}</View>
              <FieldFrame label={D.month} path='month'>
                <Picker mode='date' fields='month' value={month} onChange={(e) => setMonth(String(e.detail.value).slice(0, 7))}>
                  <View className='field-input field-picker' data-testid='month'><Text>{month}</Text></View>
                </Picker>
              </FieldFrame>
              <View className='muted' data-testid='coverage-total'>{D.coverageTotal(dash.coverage.total.filed, dash.coverage.total.unfiled, D.rate(dash.coverage.total.rate))}</View>
              <View className='muted' data-testid='late-line'>{D.lateLine(dash.late.late, dash.late.submitted, D.rate(dash.late.rate))}</View>
              <View className='muted'>{D.lateMonth(dash.late.lateInMonth)}</View>
              <View className='muted' data-testid='reports-line'>{D.reportsLine(dash.reports.receivedInMonth, dash.reports.closedInMonth, dash.reports.open + dash.reports.processing)}</View>
              <Button kind='secondary' testId='export-month' busy={busy} onTap={() => { void exportMonth() }}>{D.exportMonth}</Button>
            </View>
            <View className='muted chart__note'>{D.coverageNote}</View>
            <F2Bars testId='chart-coverage-town' title={D.coverageTown} bars={coverageBars(dash.coverage.byTown)} series={[D.filed, D.unfiled]} table={coverageTable(dash.coverage.byTown)} head={D.coverageHead} />
            <F2Bars testId='chart-coverage-platform' title={D.coveragePlatform} bars={coverageBars(dash.coverage.byPlatform)} series={[D.filed, D.unfiled]} table={coverageTable(dash.coverage.byPlatform)} head={D.coverageHead} />
            <F2Bars testId='chart-reviewers' title={D.reviewers} bars={dash.reviewers.map((r) => ({ label: r.name, value: r.decisions }))} table={dash.reviewers.map((r) => ({ key: r.reviewer, cells: [r.name, D.reviewerLine(r.onTime, r.late, D.rate(r.rate))] }))} />
            <F2Bars testId='chart-returns' title={D.returns} bars={dash.returnReasons.map((r) => ({ label: r.label, value: r.count }))} />
            <F2Bars testId='chart-funnel' title={D.funnel} bars={dash.funnel.map((r) => ({ label: r.label, value: r.count }))} />
          </View>
          )
        : null}
      {stats !== null
        ? (
          <View>
            <View className='card stats-total' data-testid='stats-total'>{D.total(filed)}</View>
            <F2Bars testId='chart-status' title={D.byStatus} bars={rows(stats.byStatus.filter((r) => r.key !== 'draft'))} />
            <F2Bars testId='chart-platform' title={D.byPlatform} bars={rows(stats.byPlatform)} />
            <F2Bars testId='chart-town' title={D.byTown} bars={rows(stats.byTown)} />
            {/* Weeks read oldest → newest; the chart shows the latest twelve. */}
            <F2Bars testId='chart-week' title={D.byWeek} bars={stats.byWeek.slice(-12).map((r) => ({ label: D.weekLabel(r.key), value: r.count }))} />
          </View>
          )
        : null}
    </Screen>
  )
}
