import { Screen } from '../ui'
import { openPage } from '../../services/nav'
import { listReports, type ReportItem } from './api'
import { ListState, Row, Tabs, when } from './components'
import { useTabbedList } from './hooks'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

type Tab = ReportItem['status']

/** 举报受理: the inbox by status, newest first. */
export function ReportsScreen () {
  const { tab, pick, items, counts, error, reload } = useTabbedList<Tab, ReportItem>('open', listReports)
  return (
    <Screen className='review sv-reports'>
      <Tabs tabs={(['open', 'processing', 'closed'] as const).map((k) => ({ key: k, label: S.reports.tabs[k], count: counts[k] ?? 0 }))} current={tab} onPick={pick} />
      <ListState items={items} error={error} onRetry={() => { void reload(tab) }} empty={{ title: S.reports.empty[tab], body: S.reports.emptyBody, actions: tab === 'closed' ? [] : [{ label: S.reports.toClosed, kind: 'secondary', onTap: () => pick('closed') }] }} />
      {(items ?? []).map((r) => (
        <Row
          key={r.id}
          testId='report-row'
          title={`${r.platformName}“${r.accountName}”`}
          status={r.outcomeLabel ?? r.statusLabel}
          statusClass={r.status === 'closed' ? 'status--approved' : ''}
          lines={[`${r.reason} · ${when(r.at)}`, S.reports.receipt(r.receiptNumber), r.evidenceCount > 0 ? S.reports.evidence(r.evidenceCount) : null, r.assigneeName ? S.reports.assignee(r.assigneeName) : null]}
          onTap={() => openPage(SV.report(r.id))}
        />
      ))}
    </Screen>
  )
}
