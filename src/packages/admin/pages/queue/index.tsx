import { useEffect, useMemo, useState } from 'react'
import { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { pageQuery, stopPullDownRefresh } from '../../../../services/nav'
import { View } from '@tarojs/components'
import { LoadError, Screen, Skeleton, StateView } from '../../../../features/ui'
import { useSession } from '../../../../features/session'
import { loadQueueCounts, type QueueCounts } from '../../../../features/review/api'
import { isTabKey, toFilter, type TabKey } from '../../../../features/review/filters'
import { takeQueueStale, useQueue } from '../../../../features/review/useQueue'
import { StatusTabs } from '../../../../features/review/components/StatusTabs'
import { FilterPanel, type Narrow } from '../../../../features/review/components/FilterPanel'
import { QueueRow } from '../../../../features/review/components/QueueRow'
import { ExportBar } from '../../../../features/review/components/ExportBar'
import { T } from '../../../../features/review/texts'
import '../../../../features/review/review.scss'

/** The review queue: status tabs counted under the search, filters, export, infinite scroll. */
export default function QueuePage () {
  const { session } = useSession()
  const [tab, setTab] = useState<TabKey>(() => {
    const t = pageQuery().tab
    return isTabKey(t) ? t : 'todo'
  })
  const [narrow, setNarrow] = useState<Narrow>(() => (pageQuery().overdue === '1' ? { overdue: true } : {}))
  const [counts, setCounts] = useState<QueueCounts | null>(null)
  const filter = useMemo(() => toFilter(tab, narrow), [tab, narrow])
  const queue = useQueue(filter)

  // The tabs count what the search and filters find, not every filing.
  const narrowKey = JSON.stringify(narrow)
  const refreshCounts = () => { loadQueueCounts(filter).then(setCounts, () => setCounts(null)) }
  useEffect(refreshCounts, [narrowKey])
  useDidShow(() => {
    if (takeQueueStale()) { refreshCounts(); void queue.reload() }
  })
  usePullDownRefresh(() => {
    refreshCounts()
    void queue.reload().finally(stopPullDownRefresh)
  })
  useReachBottom(() => { void queue.more() })

  const empty = !queue.loading && queue.items.length === 0 && queue.error === null
  return (
    <Screen className='review-queue'>
      <StatusTabs current={tab} stats={counts} onChange={setTab} />
      <FilterPanel value={narrow} onChange={setNarrow} />
      <ExportBar filter={filter} isAdmin={session?.role === 'admin'} disabled={queue.items.length === 0} />
      {queue.error !== null && queue.items.length === 0 ? <LoadError message={queue.error} onRetry={() => { void queue.reload() }} /> : null}
      {queue.loading && queue.items.length === 0 ? <Skeleton cards={3} /> : null}
      {empty ? <StateView kind='empty' title={T.noRows} body={T.noRowsHint} testId='queue-empty' /> : null}
      {queue.items.map((item) => <QueueRow key={item.id} item={item} />)}
      {queue.items.length > 0
        ? (
          <View className='muted q-foot' data-testid='queue-foot'>
            {queue.loading ? T.loadMore : queue.error !== null ? queue.error : queue.done ? T.endOfList : ''}
          </View>
          )
        : null}
    </Screen>
  )
}
