import { useCallback } from 'react'
import { View, Text } from '@tarojs/components'
import { ENTRY_STATUSES, ENTRY_STATUS_LABELS } from '../../core/outreach/reverification'
import { paths } from '../../core/routes'
import { openPage, pageQuery } from '../../services/nav'
import { LoadError, Screen, Skeleton, Tag, useShown } from '../ui'
import { when } from './format'
import { getRound, type RoundDetail } from './staff-api'
import { O } from './texts'
import './outreach.scss'

const R = O.staff.round

function Entry ({ e }: { e: RoundDetail['nonResponders'][number] }) {
  return (
    <View className='ev-part' data-testid='round-entry'>
      <View className='ev-part__head'>
        <Text className='ev-part__name'>{e.accountNames.join('、')}</Text>
        <Tag tone={e.status === 'lead' ? 'danger' : e.status === 'pending' ? 'warn' : 'success'}>{e.statusLabel}</Tag>
      </View>
      <View className='ev-part__line'>{`${e.filingNumber ?? ''}${e.respondedAt ? ` · ${when(e.respondedAt)}` : ''}`}</View>
      <View className='ev-chips'>
        <View className='ev-material__link' role='link' onClick={() => openPage(paths.adminDetail(e.filingId))}>{R.openFiling}</View>
        {e.leadIds.map((l) => <View key={l} className='ev-material__link' role='link' data-testid='round-lead' onClick={() => openPage(paths.svLead(l))}>{R.openLead}</View>)}
      </View>
    </View>
  )
}

/** Staff: one 年度核验 round — counts by status, reminder days, the non-responders (and their leads), who answered. */
export function RoundScreen () {
  const id = pageQuery().id ?? ''
  const load = useCallback(() => getRound(id), [id])
  const { data, error, reload } = useShown(load)
  if (error !== null && data === null) return <Screen><LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void reload() }} /></Screen>
  if (data === null) return <Screen><Skeleton cards={3} /></Screen>
  const r = data.round
  return (
    <Screen className='outreach'>
      <View className='card'>
        <View className='ev-row__title'>{r.title}</View>
        <View className='ev-row__line'>{O.staff.rounds.row(r.deadline, r.entries)}</View>
        {r.reminderDays.length > 0 ? <View className='ev-row__line'>{R.reminders(r.reminderDays.join('、'))}</View> : null}
        {r.leadsAt ? <View className='ev-row__line' data-testid='round-leads-at'>{R.leadsAt(when(r.leadsAt))}</View> : null}
        <View className='ev-progress' data-testid='round-progress'>
          {ENTRY_STATUSES.map((s) => (
            <View key={s} className='ev-progress__tile'>
              <Text className='ev-progress__n' data-testid={`round-count-${s}`}>{data.counts[s] ?? 0}</Text>
              <Text className='ev-progress__label'>{ENTRY_STATUS_LABELS[s]}</Text>
            </View>
          ))}
        </View>
      </View>
      <View className='card' data-testid='round-non-responders'>
        <View className='card-title'>{R.nonResponders}</View>
        {data.nonResponders.length === 0 ? <View className='muted'>{R.noneLeft}</View> : null}
        {data.nonResponders.map((e) => <Entry key={e.id} e={e} />)}
      </View>
      <View className='card' data-testid='round-responded'>
        <View className='card-title'>{R.responded}</View>
        {data.responded.map((e) => <Entry key={e.id} e={e} />)}
      </View>
    </Screen>
  )
}
