import { useCallback, useState, type ComponentType } from 'react'
import { View, Text } from '@tarojs/components'
import { paths } from '../../core/routes'
import { openPage, pageQuery } from '../../services/nav'
import { ApiError } from '../../services/api'
import { scrollToTop } from '../../services/scroll'
import { Button, CellGroup, Cell, LoadError, Notice, Screen, Skeleton, Tag, TextField, messageOf, useShown } from '../ui'
import { span, when } from './format'
import { Materials } from './Materials'
import { cancelActivity, checkIn, getActivity, markByHand, type Participant } from './staff-api'
import { O } from './texts'
import './outreach.scss'

const V = O.staff.event

/** The camera scanner is passed in by the page (it lives with the certificate scan). */
export type Scanner = ComponentType<{ onResult: (text: string) => void }>

function tone (s: Participant['status']) {
  return s === 'attended' ? 'success' : s === 'signed-up' ? 'info' : 'neutral'
}

/** Staff: one event — its details and audience figures, check-in by QR (or the code typed), by hand, and who came. */
export function EventScreen ({ Scan }: { Scan: Scanner }) {
  const id = pageQuery().id ?? ''
  const load = useCallback(() => getActivity(id), [id])
  const { data, error, reload } = useShown(load)
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger', text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [code, setCode] = useState('')
  const [round, setRound] = useState(0)
  const [marking, setMarking] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const [cancelling, setCancelling] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>(undefined)

  async function cancelEvent (version: number) {
    if (busy) return
    setBusy(true)
    try {
      const r = await cancelActivity(id, version, reason.trim())
      setNotice({ tone: 'success', text: V.cancelled(r.told, r.notified) })
      setCancelling(false)
      setReasonError(undefined)
    } catch (e) {
      setNotice({ tone: 'danger', text: messageOf(e) })
      setReasonError(e instanceof ApiError ? e.fields.reason : undefined)
    } finally {
      setBusy(false)
      await reload()
      scrollToTop()
    }
  }

  async function run (what: () => Promise<Participant>) {
    if (busy) return
    setBusy(true)
    try {
      const p = await what()
      setNotice({ tone: 'success', text: V.checkedIn(p.accountNames.join('、') || V.fromSelfCheck) })
      setCode('')
      setMarking(null)
      setNote('')
    } catch (e) {
      setNotice({ tone: 'danger', text: messageOf(e) })
    } finally {
      setBusy(false)
      setRound((r) => r + 1)
      await reload()
      scrollToTop()
    }
  }

  if (error !== null && data === null) return <Screen><LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void reload() }} /></Screen>
  if (data === null) return <Screen><Skeleton cards={3} /></Screen>
  const a = data.activity
  const attended = data.participants.filter((p) => p.status === 'attended').length
  const open = a.status === 'published'
  return (
    <Screen className='outreach'>
      <View className='card'>
        <View className='ev-row__head'>
          <Text className='ev-row__title'>{`${a.kindLabel}：${a.title}`}</Text>
          {a.status === 'cancelled' ? <Tag tone='danger'>{O.list.cancelled}</Tag> : null}
        </View>
        <View className='ev-row__line'>{O.staff.rowLine(span(a.startsAt, a.endsAt), a.place)}</View>
        <View className='ev-row__line' data-testid='event-counts'>{V.counts(a.signedUp, attended, a.invited)}</View>
      </View>
      {notice !== null ? <Notice tone={notice.tone} testId='event-notice'>{notice.text}</Notice> : null}
      {open
        ? (
          <View className='card' data-testid='event-scan'>
            <View className='card-title'>{V.scan}</View>
            {!busy ? <Scan key={round} onResult={(t) => { void run(() => checkIn(id, t)) }} /> : <Skeleton cards={1} lines={1} />}
            <TextField label={V.manual} path='checkin-code' value={code} placeholder={V.manualPlaceholder} maxlength={64} onChange={setCode} />
            <Button kind='secondary' testId='checkin-manual' disabled={code.trim() === ''} busy={busy} onTap={() => { void run(() => checkIn(id, code.trim())) }}>{V.manualCheck}</Button>
          </View>
          )
        : null}
      <CellGroup>
        <Cell label={O.detail.deadline} value={when(a.signupDeadline)} />
        <Cell label={O.detail.capacity} value={O.detail.capacityValue(a.signedUp, a.capacity)} />
      </CellGroup>
      <Materials items={a.materials} testId='event-material' />
      {open && Date.parse(a.endsAt) >= Date.now()
        ? (
          <View className='card' data-testid='event-manage'>
            <Button kind='secondary' testId='event-edit' onTap={() => openPage(paths.evEditor(a.id))}>{V.edit}</Button>
            {cancelling
              ? (
                <View>
                  <TextField label={V.cancelReason} path='reason' value={reason} placeholder={V.cancelReasonPlaceholder} maxlength={200} multiline error={reasonError} onChange={setReason} />
                  <Button kind='danger' testId='event-cancel-confirm' busy={busy} onTap={() => { void cancelEvent(a.version) }}>{V.cancelConfirm}</Button>
                </View>
                )
              : <Button kind='plain' testId='event-cancel' onTap={() => setCancelling(true)}>{V.cancel}</Button>}
          </View>
          )
        : null}
      <View className='card' data-testid='participants'>
        <View className='card-title'>{V.participants}</View>
        {data.participants.length === 0 ? <View className='muted'>{V.noParticipants}</View> : null}
        {data.participants.map((p) => (
          <View key={p.id} className='ev-part' data-testid='participant'>
            <View className='ev-part__head'>
              <Text className='ev-part__name'>{p.accountNames.length > 0 ? p.accountNames.join('、') : V.fromSelfCheck}</Text>
              <Tag tone={tone(p.status)}>{p.statusLabel}</Tag>
            </View>
            <View className='ev-part__line'>{`${V.message[p.message] ?? ''}${p.attendedAt ? ` · ${V.attendedBy(p.attendedMethod ?? 'scan')} ${when(p.attendedAt)}` : ''}`}</View>
            {open && p.status === 'signed-up' && marking !== p.id ? <Button kind='plain' testId='participant-mark' onTap={() => { setMarking(p.id); setNote('') }}>{V.mark}</Button> : null}
            {marking === p.id
              ? (
                <View>
                  <TextField label={V.markNote} path='mark-note' value={note} placeholder={V.markNotePlaceholder} maxlength={100} onChange={setNote} />
                  <Button kind='secondary' testId='participant-mark-confirm' busy={busy} onTap={() => { void run(() => markByHand(id, p, note.trim())) }}>{V.markConfirm}</Button>
                </View>
                )
              : null}
          </View>
        ))}
      </View>
    </Screen>
  )
}
