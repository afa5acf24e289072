import { useCallback, useState } from 'react'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { OutreachCard } from './OutreachCard'
import { loadOutreachSummary, type OutreachSummary } from '../../features/outreach/summary'
import { listMine, listMyCases, type MyCaseRow, type MyFilingRow } from '../../features/filings/list'
import { F, SUP_BANNER } from '../../features/filings/texts'
import { ApiError } from '../../services/api'
import { paths } from '../../core/routes'
import { statusTone } from '../../core/status'
import { openPage, stopPullDownRefresh } from '../../services/nav'
import { Button, LoadError, Screen, Skeleton, StateView, Tag } from '../../features/ui/base'
import { jurisdiction } from '../../config/jurisdiction'
import { localDateTime } from '../../core/local-time'
import { showsFilingDue } from '../../core/filing/status'
import './index.scss'

export default function MyFilingsPage () {
  const [rows, setRows] = useState<MyFilingRow[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [cases, setCases] = useState<MyCaseRow[]>([])
  const [outreach, setOutreach] = useState<OutreachSummary | null>(null)

  const load = useCallback(async () => {
    try {
      setRows(await listMine())
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('internal', F.loadFailed))
    } finally {
      stopPullDownRefresh()
    }
  }, [])
  const retry = () => { setError(null); void load() }

  useDidShow(() => {
    void load()
    // Supervision matters (orders to rectify, notices) wait here for the operator.
    listMyCases().then((c) => setCases(c.filter((x) => x.stage !== 'closed')), () => setCases([]))
    // Events and 年度核验: invitations and reminders open this page.
    loadOutreachSummary().then(setOutreach, () => setOutreach(null))
  })
  usePullDownRefresh(() => { void load() })

  return (
    <Screen className='filings' footer={<TabBar current='filings' />}>
      {error !== null && rows === null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={retry} /> : null}
      {error !== null && rows !== null ? <View className='notice-bar notice-bar--danger' role='alert'>{error.message}</View> : null}
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
      {rows === null && error === null ? <Skeleton cards={3} /> : null}
      {rows !== null && rows.length === 0
        ? <StateView kind='empty' title={F.empty} body={F.emptyHint} actions={[{ label: F.newFiling, onTap: () => openPage(paths.wizard()), testId: 'new-filing' }]} testId='filings-empty' />
        : null}
      {rows?.map((row) => (
        <View key={row.id} className='card filing-row' data-testid='filing-row' role='link' onClick={() => openPage(paths.filingDetail(row.id))}>
          <View className='filing-row__head'>
            <Text className='filing-row__name'>{row.accountNames.length > 0 ? row.accountNames.join('、') : F.unnamed}</Text>
            <Tag tone={statusTone(row.status)}>{row.statusLabel}</Tag>
          </View>
          {row.filingNumber ? <View className='filing-row__number'>{F.number(row.filingNumber)}</View> : null}
          {row.subjectName ? <View className='muted'>{F.subject(row.subjectName)}</View> : null}
          {row.overdue === true && row.dueDate ? <View className='filing-row__overdue'>{F.overdue(row.dueDate)}</View> : null}
          {row.overdue !== true && row.dueDate && showsFilingDue({ ...row, dueDate: row.dueDate }) ? <View className='muted'>{F.due(row.dueDate)}</View> : null}
          <View className='filing-row__foot muted'>{F.updated(localDateTime(row.updatedAt, jurisdiction.timezone))}</View>
        </View>
      ))}
      {rows !== null && outreach !== null ? <OutreachCard s={outreach} always={rows.some((r) => r.filingNumber !== null && r.filingNumber !== undefined)} /> : null}
      {rows !== null && rows.length > 0 ? <Button kind='secondary' testId='new-filing' onTap={() => openPage(paths.wizard({ fresh: true }))}>{F.newFiling}</Button> : null}
      {rows !== null ? <Button kind='plain' testId='join-filing' onTap={() => openPage(paths.orgJoin())}>{F.join}</Button> : null}
      {rows?.some((r) => r.filingNumber) === true ? <Button kind='plain' testId='open-upkeep' onTap={() => openPage(paths.upkeep())}>{F.upkeep}</Button> : null}
    </Screen>
  )
}
