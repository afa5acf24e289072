import { useCallback, useEffect, useState } from 'react'
import { usePullDownRefresh } from '@tarojs/taro'
import { stopPullDownRefresh } from '../../../../services/nav'
import { View } from '@tarojs/components'
import { Screen } from '../../../../features/ui'
import { ApiError } from '../../../../services/api'
import { loadStats, type Stats } from '../../../../features/review/summary'
import { BarChart } from '../../../../features/review/components/BarChart'
import { T } from '../../../../features/review/texts'
import '../../../../features/review/review.scss'

/** Counts by status, platform, town and week, for the office's reports to its superiors. */
export default function StatsPage () {
  const [stats, setStats] = useState<Stats | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    try {
      setStats(await loadStats())
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : T.loadFailed)
    }
  }, [])
  useEffect(() => { void load() }, [load])
  usePullDownRefresh(() => { void load().finally(stopPullDownRefresh) })

  const filed = stats === null ? 0 : stats.byStatus.filter((r) => r.key !== 'draft').reduce((n, r) => n + r.count, 0)
  return (
    <Screen className='review-stats'>
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      {stats === null && error === null ? <View className='muted'>{T.loading}</View> : null}
      {stats !== null
        ? (
          <View>
            <View className='card stats-total' data-testid='stats-total'>{T.total(filed)}</View>
            <BarChart testId='chart-status' title={T.byStatus} rows={stats.byStatus.filter((r) => r.key !== 'draft')} />
            <BarChart testId='chart-platform' title={T.byPlatform} rows={stats.byPlatform} />
            <BarChart testId='chart-town' title={T.byTown} rows={stats.byTown} />
            {/* Weeks read oldest → newest; the chart shows the latest twelve. */}
            <BarChart testId='chart-week' title={T.byWeek} rows={stats.byWeek.slice(-12).map((r) => ({ ...r, label: `${r.key.slice(5)} 起` }))} />
          </View>
          )
        : null}
    </Screen>
  )
}
