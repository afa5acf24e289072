import { View } from '@tarojs/components'
import { Screen } from '../ui'
import { openPage } from '../../services/nav'
import { listReports, type ReportItem } from './api'
import { Row, Tabs, when } from './components'
import { useTabbedList } from './hooks'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

type Tab = ReportItem['status']

/** 举报受理: the inbox by status, newest first. */
export function ReportsScreen () {
  const { tab, pick, items, counts, error } = useTabbedList<Tab, ReportItem>('open', listReports)
  return (
    <Screen className='review sv-reports'>
      <Tabs tabs={(['open', 'processing', 'closed'] as const).map((k) => ({ key: k, label: S.reports.tabs[k], count: counts[k] ?? 0 }))} current={tab} onPick={pick} />
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      {items === null && error === null ? <View className='muted'>{S.loading}</View> : null}
      {items !== null && items.length === 0 ? <View className='muted q-foot'>{S.empty}</View> : null}
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
