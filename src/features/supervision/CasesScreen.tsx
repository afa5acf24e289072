import { View } from '@tarojs/components'
import { Screen } from '../ui'
import { openPage } from '../../services/nav'
import { listCases, type CaseItem } from './api'
import { Row, Tabs } from './components'
import { useTabbedList } from './hooks'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

type Tab = 'open' | 'closed' | 'all'
const loadCases = (t: Tab) => listCases(t === 'open' ? { open: true } : t === 'closed' ? { stage: 'closed' } : {})

/** 监管案件: open cases first (overdue ones marked), closed ones, or all. */
export function CasesScreen () {
  const { tab, pick, items, error } = useTabbedList<Tab, CaseItem>('open', loadCases)
  return (
    <Screen className='review sv-cases'>
      <Tabs tabs={(['open', 'closed', 'all'] as const).map((k) => ({ key: k, label: S.cases.tabs[k] }))} current={tab} onPick={pick} />
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
