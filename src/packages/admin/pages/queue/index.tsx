import { useEffect, useMemo, useState } from 'react'
import { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { pageQuery, stopPullDownRefresh } from '../../../../services/nav'
import { View } from '@tarojs/components'
import { Screen } from '../../../../features/ui'
import { useSession } from '../../../../features/session'
import { loadStats, type Stats } from '../../../../features/review/summary'
import { isTabKey, toFilter, type TabKey } from '../../../../features/review/filters'
import { takeQueueStale, useQueue } from '../../../../features/review/useQueue'
import { StatusTabs } from '../../../../features/review/components/StatusTabs'
import { FilterPanel, type Narrow } from '../../../../features/review/components/FilterPanel'
import { QueueRow } from '../../../../features/review/components/QueueRow'
import { ExportBar } from '../../../../features/review/components/ExportBar'
import { T } from '../../../../features/review/texts'
import '../../../../features/review/review.scss'

/** The review queue: status tabs with counts, filters, search, infinite scroll, export. */
export default function QueuePage () {
  const { session } = useSession()
  const [tab, setTab] = useState<TabKey>(() => {
    const t = pageQuery().tab
    return isTabKey(t) ? t : 'todo'
  })
  const [narrow, setNarrow] = useState<Narrow>(() => (pageQuery().overdue === '1' ? { overdue: true } : {}))
  const [stats, setStats] = useState<Stats | null>(null)
  const filter = useMemo(() => toFilter(tab, narrow), [tab, narrow])
  const queue = useQueue(filter)

  const refreshCounts = () => { loadStats().then(setStats, () => setStats(null)) }
  useEffect(refreshCounts, [])
  useDidShow(() => {
    if (takeQueueStale()) { refreshCounts(); void queue.reload() }
  })
  usePullDownRefresh(() => {
    refreshCounts()
    void queue.reload().finally(stopPullDownRefresh)
  })
  useReachBottom(() => { void queue.more() })

  return (
    <Screen className='review-queue'>
      <StatusTabs current={tab} stats={stats} onChange={setTab} />
      <FilterPanel value={narrow} onChange={setNarrow} />
      {queue.error !== null ? <View className='card error-text' role='alert'>{queue.error}</View> : null}
      {queue.items.map((item) => <QueueRow key={item.id} item={item} />)}
      <View className='muted q-foot' data-testid='queue-foot'>
        {queue.loading
          ? (queue.items.length > 0 ? T.loadMore : T.loading)
          : queue.items.length === 0 && queue.error === null
            ? T.noRows
            : queue.done ? T.endOfList : ''}
      </View>
      {queue.items.length > 0 ? <ExportBar filter={filter} isAdmin={session?.role === 'admin'} /> : null}
    </Screen>
  )
}
