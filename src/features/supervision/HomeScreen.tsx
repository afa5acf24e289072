import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Screen } from '../ui'
import { openPage } from '../../services/nav'
import { ApiError } from '../../services/api'
import { listCases, listLeads, listReports } from './api'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

interface Counts { reports: number, leads: number, cases: number, overdue: number }

/** 监管 workbench: what waits, and the ways in. */
export function HomeScreen () {
  const [n, setN] = useState<Counts | null>(null)
  const [error, setError] = useState<string | null>(null)
  useDidShow(() => {
    Promise.all([listReports('open'), listLeads({}), listCases({ open: true })]).then(([r, l, c]) => {
      setN({
        reports: (r.counts.open ?? 0) + (r.counts.processing ?? 0),
        leads: (l.counts.open ?? 0) + (l.counts.urged ?? 0),
        cases: c.items.length,
        overdue: c.items.filter((i) => i.overdue).length + l.items.filter((i) => i.overdue).length
      })
      setError(null)
    }, (e: unknown) => setError(e instanceof ApiError ? e.message : S.loadFailed))
  })
  const tile = (key: keyof Counts, label: string, url: string, warn = false) => (
    <View className='sv-tile' role='link' data-testid={`sv-count-${key}`} onClick={() => openPage(url)}>
      <Text className={`sv-tile__n ${warn && (n?.[key] ?? 0) > 0 ? 'sv-tile__n--warn' : ''}`}>{n === null ? '–' : String(n[key])}</Text>
      <Text className='sv-tile__label'>{label}</Text>
    </View>
  )
  return (
    <Screen className='review sv-home'>
      <View className='card'>
        <View className='card-title'>{S.home.title}</View>
        <View className='muted'>{S.home.intro}</View>
      </View>
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      <View className='sv-tiles'>
        {tile('reports', S.home.reports, SV.reports)}
        {tile('leads', S.home.leads, SV.leads)}
      </View>
      <View className='sv-tiles'>
        {tile('cases', S.home.cases, SV.cases)}
        {tile('overdue', S.home.overdue, SV.cases, true)}
      </View>
      <Button testId='sv-open-reports' onTap={() => openPage(SV.reports)}>{S.home.openReports}</Button>
      <Button kind='secondary' testId='sv-open-leads' onTap={() => openPage(SV.leads)}>{S.home.openLeads}</Button>
      <Button kind='secondary' testId='sv-open-cases' onTap={() => openPage(SV.cases)}>{S.home.openCases}</Button>
      <Button kind='plain' testId='sv-new-lead' onTap={() => openPage(SV.newLead)}>{S.home.newLead}</Button>
      <Button kind='plain' testId='sv-awards' onTap={() => openPage(SV.awards())}>{S.home.awards}</Button>
      <Button kind='plain' testId='sv-public-notices' onTap={() => openPage(SV.publicNotices)}>{S.home.notices}</Button>
    </Screen>
  )
}
