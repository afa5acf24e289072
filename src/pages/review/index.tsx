import { useEffect, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { paths } from '../../core/routes'
import { openPage, replacePage } from '../../services/nav'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { isStaff, loadSession, useSession } from '../../features/session'
import { Cell, CellGroup, LoadError, Screen, Skeleton, StateView } from '../../features/ui/base'
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
    <Screen className='review' footer={<TabBar current='review' />}>
      {error !== null && session === null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void loadSession(true).then(() => replacePage(paths.review()), () => undefined) }} /> : null}
      {session === null && error === null ? <Skeleton cards={2} /> : null}
      {session !== null && !staff
        ? <StateView kind='warn' title={T.notStaff} body={T.notStaffHint} actions={[{ label: T.toHome, onTap: () => replacePage(paths.home()) }, { label: T.redeem, onTap: () => openPage(paths.adminRedeem()), kind: 'plain' }]} testId='not-staff' />
        : null}
      {staff
        ? (
          <View>
            <View className='page-title'>{T.workbench}</View>
            <View className='page-lead'>{T.greeting(session?.staffName ?? T.staffFallbackName)}</View>
            <View className='rt-tiles'>
              {tiles.map((t) => (
                <View key={t.key} className='rt-tile' role='link' data-testid={`count-${t.key}`} onClick={() => openPage(paths.adminQueue({ tab: t.key }))}>
                  <Text className='rt-tile__n'>{t.n === null ? '–' : String(t.n)}</Text>
                  <Text className='rt-tile__label'>{t.label}</Text>
                </View>
              ))}
            </View>
            <CellGroup>
              <Cell label={T.openQueue} onTap={() => openPage(paths.adminQueue())} testId='open-queue' />
              <Cell label={T.openSupervision} onTap={() => openPage(paths.svHome())} testId='open-supervision' />
              <Cell label={T.openOutreach} onTap={() => openPage(paths.evActivities())} testId='open-outreach' />
              <Cell label={session?.role === 'admin' ? T.openDashboard : T.openStats} onTap={() => openPage(paths.adminStats())} testId='open-stats' />
              <Cell label={T.openScan} onTap={() => openPage(paths.adminScan())} testId='open-scan' />
              <Cell label={T.openEntry} onTap={() => openPage(paths.adminEntry())} testId='open-entry' />
              {session?.role === 'admin' ? <Cell label={T.openImport} onTap={() => openPage(paths.adminImport())} testId='open-import' /> : null}
              {session?.role === 'admin' ? <Cell label={T.openStaff} onTap={() => openPage(paths.adminStaff())} testId='open-staff' /> : null}
            </CellGroup>
          </View>
          )
        : null}
    </Screen>
  )
}
