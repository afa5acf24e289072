import { useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { isStaff, useSession } from '../../features/shell/session'
import { Screen } from '../../features/ui'
import { countOf, loadStats, TO_REVIEW, type Stats } from '../../features/review/summary'
import { TAB_T as T } from '../../features/review/tab-texts'
import './index.scss'

const ADMIN = '/packages/admin/pages'

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

  const go = (url: string) => { void Taro.navigateTo({ url }) }
  const tiles: Array<{ key: string, label: string, n: number | null }> = [
    { key: 'todo', label: T.tabs.todo, n: countOf(stats, TO_REVIEW) },
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
                <View key={t.key} className='rt-tile' role='link' data-testid={`count-${t.key}`} onClick={() => go(`${ADMIN}/queue/index?tab=${t.key}`)}>
                  <Text className='rt-tile__n'>{t.n === null ? '–' : String(t.n)}</Text>
                  <Text className='rt-tile__label'>{t.label}</Text>
                </View>
              ))}
            </View>
            <View className='btn-primary' role='button' data-testid='open-queue' onClick={() => go(`${ADMIN}/queue/index`)}>{T.openQueue}</View>
            <View className='btn-primary' role='button' data-testid='open-supervision' onClick={() => go('/packages/supervision/pages/home/index')}>{T.openSupervision}</View>
            <View className='btn-secondary' role='button' data-testid='open-stats' onClick={() => go(`${ADMIN}/stats/index`)}>{session?.role === 'admin' ? T.openDashboard : T.openStats}</View>
            {session?.role === 'admin'
              ? <View className='btn-secondary' role='button' data-testid='open-staff' onClick={() => go(`${ADMIN}/staff/index`)}>{T.openStaff}</View>
              : null}
          </View>
          )
        : null}
      <TabBar current='review' />
    </Screen>
  )
}

