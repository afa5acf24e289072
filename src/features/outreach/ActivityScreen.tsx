import { useCallback, useState, type ComponentType } from 'react'
import { View, Text } from '@tarojs/components'
import { paths } from '../../core/routes'
import { confirm } from '../../services/dialogs'
import { openPage, pageQuery } from '../../services/nav'
import { Button, CellGroup, Cell, LoadError, Notice, Screen, Skeleton, StateView, Tag, messageOf, useShown } from '../ui'
import { cancelSignup, loadMyActivities, signUp, type MyActivity } from './api'
import { statusTone } from './ActivitiesScreen'
import { span, when } from './format'
import { Materials } from './Materials'
import { O } from './texts'
import './outreach.scss'

/** The QR drawing is passed in by the page (it lives with the certificate screens' QR code). */
export type QrDrawing = ComponentType<{ text: string, size: number, alt: string, testId?: string }>

/** One event for the operator: what, when, where, places and deadline; sign up or cancel; the check-in code; materials. */
export function ActivityScreen ({ Qr }: { Qr: QrDrawing }) {
  const id = pageQuery().id ?? ''
  const load = useCallback(async () => ({ item: (await loadMyActivities()).items.find((i) => i.activity.id === id) ?? null }), [id])
  const { data, setData, error, reload } = useShown<{ item: MyActivity | null }>(load)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger', text: string } | null>(null)

  async function act (what: () => Promise<MyActivity>, ok: string) {
    if (busy) return
    setBusy(true)
    try {
      setData({ item: await what() })
      setNotice({ tone: 'success', text: ok })
    } catch (e) {
      setNotice({ tone: 'danger', text: messageOf(e) })
      await reload()
    } finally {
      setBusy(false)
    }
  }
  async function cancel () {
    if (!(await confirm({ title: O.detail.cancel, content: O.detail.cancelConfirm, confirmText: O.detail.cancel, danger: true }))) return
    await act(() => cancelSignup(id), O.detail.cancelled)
  }
  if (error !== null && data === null) return <Screen><LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void reload() }} /></Screen>
  if (data === null) return <Screen><Skeleton cards={2} /></Screen>
  const item = data.item
  if (item === null) return <Screen><StateView kind='empty' title={O.detail.notFound} actions={[{ label: O.detail.toList, onTap: () => openPage(paths.opActivities()) }]} testId='activity-missing' /></Screen>
  const a = item.activity
  return (
    <Screen className='outreach'>
      <View className='card' data-testid='activity-head'>
        <View className='ev-row__head'>
          <Text className='ev-row__title'>{a.title}</Text>
          <Tag tone={a.status === 'cancelled' ? 'danger' : statusTone(item.status)} testId='activity-status'>{a.status === 'cancelled' ? O.list.cancelled : item.statusLabel}</Tag>
        </View>
      </View>
      {notice !== null ? <Notice tone={notice.tone} testId='activity-notice'>{notice.text}</Notice> : null}
      {a.status === 'cancelled' ? <Notice tone='danger'>{O.detail.activityCancelled}</Notice> : null}
      <CellGroup>
        <Cell label={O.detail.kind} value={a.kindLabel} />
        <Cell label={O.detail.time} value={span(a.startsAt, a.endsAt)} />
        <Cell label={O.detail.place} value={a.place} />
        <Cell label={O.detail.capacity} value={O.detail.capacityValue(a.signedUp, a.capacity)} testId='activity-capacity' />
        <Cell label={O.detail.deadline} value={when(a.signupDeadline)} />
      </CellGroup>
      <CellGroup title={O.detail.description}>
        <View className='ev-text' data-testid='activity-description'>{a.description}</View>
      </CellGroup>
      {item.checkinCode !== null
        ? (
          <View className='card' data-testid='checkin-card'>
            <View className='card-title'>{O.detail.qrTitle}</View>
            <View className='ev-qr'>
              <Qr text={item.checkinCode} size={220} alt={O.detail.qrAlt} testId='checkin-qr' />
              <Text className='ev-qr__code' data-testid='checkin-code'>{item.checkinCode}</Text>
              <View className='muted'>{O.detail.qrHint}</View>
            </View>
          </View>
          )
        : null}
      {item.status === 'attended' ? <Notice tone='success' testId='activity-attended'>{O.detail.attended(when(a.startsAt).slice(0, 10))}</Notice> : null}
      <Materials items={a.materials} testId='activity-material' />
      {item.canSignUp ? <Button testId='activity-signup' busy={busy} onTap={() => { void act(() => signUp(id), O.detail.signedUp) }}>{O.detail.signup}</Button> : null}
      {item.canCancel ? <Button kind='secondary' testId='activity-cancel' busy={busy} onTap={() => { void cancel() }}>{O.detail.cancel}</Button> : null}
      {!item.canSignUp && item.status === 'invited' && a.status === 'published' ? <View className='muted'>{O.detail.closed}</View> : null}
    </Screen>
  )
}
