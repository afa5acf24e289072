import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ApiError } from '../../services/api'
import { Cell, CellGroup, LoadError, Screen, failureOf } from '../ui'
import { openPage } from '../../services/nav'
import { listCases, listLeads, listReports } from './api'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

interface Counts { reports: number, leads: number, cases: number, overdue: number }

/** 监管 workbench: what waits (four counts), and the ways in. */
export function HomeScreen () {
  const [n, setN] = useState<Counts | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const load = () => {
    Promise.all([listReports('open'), listLeads({}), listCases({ open: true })]).then(([r, l, c]) => {
      setN({
        reports: (r.counts.open ?? 0) + (r.counts.processing ?? 0),
        leads: (l.counts.open ?? 0) + (l.counts.urged ?? 0),
        cases: c.items.length,
        overdue: c.items.filter((i) => i.overdue).length + l.items.filter((i) => i.overdue).length
      })
      setError(null)
    }, (e: unknown) => setError(failureOf(e)))
  }
  useDidShow(load)
  const tile = (key: keyof Counts, label: string, url: string, warn = false) => (
    <View className='sv-tile' role='link' aria-busy={n === null && error === null} data-testid={`sv-count-${key}`} onClick={() => openPage(url)}>
      <Text className={`sv-tile__n ${warn && (n?.[key] ?? 0) > 0 ? 'sv-tile__n--warn' : ''} ${n === null ? 'sv-tile__n--wait' : ''}`}>{n === null ? '–' : String(n[key])}</Text>
      <Text className='sv-tile__label'>{label}</Text>
    </View>
  )
  return (
    <Screen className='review sv-home'>
      <View className='page-title'>{S.home.title}</View>
      <View className='page-lead'>{S.home.intro}</View>
      {error !== null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { setError(null); load() }} /> : null}
      <View className='sv-tiles'>
        {tile('reports', S.home.reports, SV.reports)}
        {tile('leads', S.home.leads, SV.leads)}
      </View>
      <View className='sv-tiles'>
        {tile('cases', S.home.cases, SV.cases)}
        {tile('overdue', S.home.overdue, SV.cases, true)}
      </View>
      <CellGroup title={S.home.work}>
        <Cell label={S.home.openReports} testId='sv-open-reports' onTap={() => openPage(SV.reports)} />
        <Cell label={S.home.openLeads} testId='sv-open-leads' onTap={() => openPage(SV.leads)} />
        <Cell label={S.home.openCases} testId='sv-open-cases' onTap={() => openPage(SV.cases)} />
      </CellGroup>
      <CellGroup>
        <Cell label={S.home.newLead} testId='sv-new-lead' onTap={() => openPage(SV.newLead)} />
        <Cell label={S.home.awards} testId='sv-awards' onTap={() => openPage(SV.awards())} />
        <Cell label={S.home.notices} testId='sv-public-notices' onTap={() => openPage(SV.publicNotices)} />
      </CellGroup>
    </Screen>
  )
}
