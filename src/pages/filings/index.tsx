import { useCallback, useState } from 'react'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { listMine, listMyCases, type MyCaseRow, type MyFilingRow } from '../../features/filings/list'
import { F, SUP_BANNER } from '../../features/filings/texts'
import { ApiError } from '../../services/api'
import { paths } from '../../core/routes'
import { openPage, stopPullDownRefresh } from '../../services/nav'
import { Button, Screen } from '../../features/ui'
import { jurisdiction } from '../../config/jurisdiction'
import { localDateTime } from '../../core/dates'
import { showsFilingDue } from '../../core/filing/status'
import './index.scss'

export default function MyFilingsPage () {
  const [rows, setRows] = useState<MyFilingRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [cases, setCases] = useState<MyCaseRow[]>([])

  const load = useCallback(async () => {
    try {
      setRows(await listMine())
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : F.loadFailed)
    } finally {
      stopPullDownRefresh()
    }
  }, [])

  useDidShow(() => {
    void load()
    // Supervision matters (orders to rectify, notices) wait here for the operator.
    listMyCases().then((c) => setCases(c.filter((x) => x.stage !== 'closed')), () => setCases([]))
  })
  usePullDownRefresh(() => { void load() })

  return (
    <Screen className='filings'>
      {error !== null ? <View className='card error-text'>{error}</View> : null}
      {cases.length > 0
        ? (
          <View className='card op-banner' data-testid='supervision-banner'>
            <View className='card-title'>{SUP_BANNER.title(cases.length)}</View>
            {cases.map((c) => (
              <View key={c.id} className='op-banner__row' role='link' data-testid='supervision-case' onClick={() => openPage(paths.operatorCase(c.id))}>
                <Text>{`${c.platformName}“${c.accountName}”：${c.stageLabel}`}</Text>
                <Text className={c.overdue ? 'overdue' : 'muted'}>{c.overdue ? SUP_BANNER.overdue : c.deadline ? SUP_BANNER.rowDeadline(c.deadline) : '›'}</Text>
              </View>
            ))}
          </View>
          )
        : null}
      {rows === null && error === null ? <View className='muted'>{F.loading}</View> : null}
      {rows !== null && rows.length === 0
        ? (
          <View className='card empty'>
            <View className='card-title'>{F.empty}</View>
            <View className='muted'>{F.emptyHint}</View>
          </View>
          )
        : null}
      {rows?.map((row) => (
        <View key={row.id} className='card filing-row' data-testid='filing-row' role='button' onClick={() => openPage(paths.filingDetail(row.id))}>
          <View className='filing-row__head'>
            <Text className='filing-row__name'>{row.accountNames.length > 0 ? row.accountNames.join('、') : F.unnamed}</Text>
            <Text className={`status status--${row.status}`}>{row.statusLabel}</Text>
          </View>
          {row.filingNumber ? <View className='filing-row__number'>{F.number(row.filingNumber)}</View> : null}
          {row.subjectName ? <View className='muted'>{F.subject(row.subjectName)}</View> : null}
          {row.overdue === true && row.dueDate ? <View className='overdue'>{F.overdue(row.dueDate)}</View> : null}
          {row.overdue !== true && row.dueDate && showsFilingDue({ ...row, dueDate: row.dueDate }) ? <View className='muted'>{F.due(row.dueDate)}</View> : null}
          <View className='muted'>{F.updated(localDateTime(row.updatedAt, jurisdiction.timezone))}</View>
        </View>
      ))}
      <Button testId='new-filing' onTap={() => openPage(paths.wizard())}>{F.newFiling}</Button>
      <TabBar current='filings' />
    </Screen>
  )
}
