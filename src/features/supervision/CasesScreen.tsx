import { Screen } from '../ui'
import { openPage } from '../../services/nav'
import { listCases, type CaseItem } from './api'
import { ListState, Row, Tabs } from './components'
import { useTabbedList } from './hooks'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

type Tab = 'open' | 'closed' | 'all'
const loadCases = (t: Tab) => listCases(t === 'open' ? { open: true } : t === 'closed' ? { stage: 'closed' } : {})

/** 监管案件: open cases first (overdue ones marked), closed ones, or all. */
export function CasesScreen () {
  const { tab, pick, items, error, reload } = useTabbedList<Tab, CaseItem>('open', loadCases)
  return (
    <Screen className='review sv-cases'>
      <Tabs tabs={(['open', 'closed', 'all'] as const).map((k) => ({ key: k, label: S.cases.tabs[k] }))} current={tab} onPick={pick} />
      <ListState items={items} error={error} onRetry={() => { void reload(tab) }} empty={{ title: S.cases.empty[tab], body: S.cases.emptyBody, actions: [{ label: S.cases.toLeads, kind: 'secondary', onTap: () => openPage(SV.leads) }] }} />
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
