import { useMemo, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { paths } from '../../core/routes'
import { deadlineIn } from '../../core/supervision/deadlines'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { openPage } from '../../services/nav'
import { useSession } from '../session'
import { Button, DateField, LoadError, Notice, Screen, Skeleton, StateView, Tag, TextField, messageOf, useShown } from '../ui'
import { listRounds, openRound } from './staff-api'
import { O } from './texts'
import './outreach.scss'

const R = O.staff.rounds
const PRESETS = [10, 20, 30]

/** Staff: 年度核验 rounds (progress of each); an admin opens a new one with a working-day deadline. */
export function RoundsScreen () {
  const { session } = useSession()
  const { data, error, reload } = useShown(listRounds)
  const presets = useMemo(() => PRESETS.map((days) => ({ days, date: deadlineIn(days, new Date(), jurisdiction) })), [])
  const [title, setTitle] = useState('')
  const [deadline, setDeadline] = useState(presets[1].date)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger', text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function open () {
    if (busy) return
    setBusy(true)
    try {
      const r = await openRound(title.trim(), deadline)
      setNotice({ tone: 'success', text: R.opened(r.entries) })
      setFields({})
      setTitle('')
      await reload()
    } catch (e) {
      setNotice({ tone: 'danger', text: messageOf(e) })
      if (e instanceof ApiError) setFields(e.fields)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen className='outreach'>
      {notice !== null ? <Notice tone={notice.tone} testId='rounds-notice'>{notice.text}</Notice> : null}
      {session?.role === 'admin'
        ? (
          <View className='card' data-testid='round-form'>
            <View className='card-title'>{R.open}</View>
            <TextField label={R.name} path='title' value={title} placeholder={R.namePlaceholder} maxlength={40} error={fields.title} onChange={setTitle} />
            <View className='ev-chips'>
              {presets.map((p) => (
                <View key={p.days} role='radio' aria-checked={deadline === p.date} data-testid={`deadline-preset-${p.days}`} className={`ev-chip ${deadline === p.date ? 'ev-chip--on' : ''}`} onClick={() => setDeadline(p.date)}>
                  {`${p.days}个工作日（${p.date}）`}
                </View>
              ))}
            </View>
            <DateField label={R.deadline} path='deadline' value={deadline} error={fields.deadline} onPick={setDeadline} />
            <Button testId='round-open' busy={busy} onTap={() => { void open() }}>{R.submit}</Button>
          </View>
          )
        : <View className='muted'>{R.adminOnly}</View>}
      {error !== null && data === null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void reload() }} /> : null}
      {data === null && error === null ? <Skeleton cards={2} /> : null}
      {data !== null && data.length === 0 ? <StateView kind='empty' title={R.empty} testId='rounds-empty' /> : null}
      {(data ?? []).map((r) => (
        <View key={r.id} className='card' role='link' data-testid='round-row' onClick={() => openPage(paths.evRound(r.id))}>
          <View className='ev-row__head'>
            <Text className='ev-row__title'>{r.title}</Text>
            <Tag tone={r.closed ? 'neutral' : 'info'}>{r.closed ? R.closed : R.running}</Tag>
          </View>
          <View className='ev-row__line'>{R.row(r.deadline, r.entries)}</View>
        </View>
      ))}
    </Screen>
  )
}
