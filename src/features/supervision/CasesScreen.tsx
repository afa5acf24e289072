import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Screen } from '../ui'
import { ApiError } from '../../services/api'
import { openPage } from '../../services/nav'
import { listCases, type CaseItem } from './api'
import { Row, Tabs } from './components'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

type Tab = 'open' | 'closed' | 'all'

/** 监管案件: open cases first (overdue ones marked), closed ones, or all. */
export function CasesScreen () {
  const [tab, setTab] = useState<Tab>('open')
  const [items, setItems] = useState<CaseItem[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async (t: Tab) => {
    try {
      const r = await listCases(t === 'open' ? { open: true } : t === 'closed' ? { stage: 'closed' } : {})
      setItems(r.items)
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : S.loadFailed)
    }
  }, [])
  useDidShow(() => { void load(tab) })
  usePullDownRefresh(() => { void load(tab).finally(() => { void Taro.stopPullDownRefresh() }) })
  return (
    <Screen className='review sv-cases'>
      <Tabs tabs={(['open', 'closed', 'all'] as const).map((k) => ({ key: k, label: S.cases.tabs[k] }))} current={tab} onPick={(t) => { setTab(t); setItems(null); void load(t) }} />
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      {items === null && error === null ? <View className='muted'>{S.loading}</View> : null}
      {items !== null && items.length === 0 ? <View className='muted q-foot'>{S.empty}</View> : null}
      {(items ?? []).map((c) => (
        <Row
          key={c.id}
          testId='case-row'
          late={c.overdue}
          title={`${c.platformName}“${c.accountName}”`}
          status={c.overdue ? S.cases.overdue : c.stageLabel}
          statusClass={c.overdue ? 'status--returned' : c.stage === 'closed' ? 'status--withdrawn' : ''}
          lines={[`${c.caseNumber} · ${c.summary}`, c.deadline ? S.cases.deadline(c.deadline) : null, c.lastStep ? S.cases.last(c.lastStep) : null, c.publicActive ? S.cases.public : null]}
          onTap={() => openPage(SV.kase(c.id))}
        />
      ))}
    </Screen>
  )
}
