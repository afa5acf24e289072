import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { isStaff, useSession } from '../../features/session'
import { Screen } from '../../features/ui'
import { countOf, loadStats, type Stats } from '../../features/review/summary'
import { AWAITING_REVIEW_STATUSES } from '../../core/filing/status'
import { TAB_T as T } from '../../features/review/tab-texts'
import './index.scss'


/**
 * Staff landing tab: today's counts and the ways in. Everything heavy (queue, review screen,
 * charts, staff management) lives in the admin subpackage to keep the main package small.
 * Non-staff who reach it by URL are told so; the backend refuses staff actions anyway.
 */
export default function ReviewTabPage () {
  const { session, error } = useSession()
  const staff = isStaff(session)
  const [stats, setStats] = useState<Stats | null>(null)
  const refresh = () => { loadStats().then(setStats, () => setStats(null)) }
  // The role arrives after the first render; later visits (back from a decision) refresh too.
  useEffect(() => { if (staff) refresh() }, [staff])
  useDidShow(() => { if (staff) refresh() })

  const tiles: Array<{ key: string, label: string, n: number | null }> = [
    { key: 'todo', label: T.tabs.todo, n: countOf(stats, AWAITING_REVIEW_STATUSES) },
    { key: 'returned', label: T.tabs.returned, n: countOf(stats, ['returned']) },
    { key: 'approved', label: T.tabs.approved, n: countOf(stats, ['approved']) }
  ]
  return (
    <Screen className='review'>
      {error !== null ? <View className='card error-text'>{error.message}</View> : null}
      {session !== null && !staff
        ? <View className='card' data-testid='not-staff'>{T.notStaff}</View>
        : null}
      {staff
        ? (
          <View>
            <View className='card'>
              <View className='card-title'>{T.workbench}</View>
              <View className='muted'>{T.greeting(session?.staffName ?? T.staffFallbackName)}</View>
            </View>
            <View className='rt-tiles'>
              {tiles.map((t) => (
                <View key={t.key} className='rt-tile' role='link' data-testid={`count-${t.key}`} onClick={() => openPage(paths.adminQueue({ tab: t.key }))}>
                  <Text className='rt-tile__n'>{t.n === null ? '–' : String(t.n)}</Text>
                  <Text className='rt-tile__label'>{t.label}</Text>
                </View>
              ))}
            </View>
            <View className='btn-primary' role='button' data-testid='open-queue' onClick={() => openPage(paths.adminQueue())}>{T.openQueue}</View>
            <View className='btn-primary' role='button' data-testid='open-supervision' onClick={() => openPage(paths.svHome())}>{T.openSupervision}</View>
            <View className='btn-secondary' role='button' data-testid='open-stats' onClick={() => openPage(paths.adminStats())}>{session?.role === 'admin' ? T.openDashboard : T.openStats}</View>
            <View className='btn-secondary' role='button' data-testid='open-scan' onClick={() => openPage(paths.adminScan())}>{T.openScan}</View>
            {session?.role === 'admin'
              ? <View className='btn-secondary' role='button' data-testid='open-staff' onClick={() => openPage(paths.adminStaff())}>{T.openStaff}</View>
              : null}
          </View>
          )
        : null}
      <TabBar current='review' />
    </Screen>
  )
}

