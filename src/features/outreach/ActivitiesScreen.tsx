import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { requestSubscription } from '../../services/subscribe'
import { knownSession } from '../session'
import { Button, CellGroup, Cell, LoadError, Notice, Screen, Skeleton, StateView, Tag, type TagTone, messageOf, useShown } from '../ui'
import { grantActivityCredits, loadMyActivities, type MyActivity } from './api'
import { span, when } from './format'
import { O } from './texts'
import './outreach.scss'

export function statusTone (s: MyActivity['status']): TagTone {
  return s === 'attended' ? 'success' : s === 'signed-up' ? 'info' : 'neutral'
}

function Row ({ item }: { item: MyActivity }) {
  const a = item.activity
  return (
    <View className='card' role='link' data-testid='activity-row' onClick={() => openPage(paths.opActivity(a.id))}>
      <View className='ev-row__head'>
        <Text className='ev-row__title'>{`${a.kindLabel}：${a.title}`}</Text>
        <Tag tone={a.status === 'cancelled' ? 'danger' : statusTone(item.status)}>{a.status === 'cancelled' ? O.list.cancelled : item.statusLabel}</Tag>
      </View>
      <View className='ev-row__line'>{O.list.time(span(a.startsAt, a.endsAt))}</View>
      <View className='ev-row__line'>{O.list.place(a.place)}</View>
      {item.canSignUp ? <View className='ev-row__line'>{`${O.list.deadline(when(a.signupDeadline))} · ${O.list.places(a.placesLeft, a.capacity)}`}</View> : null}
    </View>
  )
}

/** 活动与培训 for the operator: invitations, what they signed up for, their record; 订阅活动通知. */
export function ActivitiesScreen () {
  const { data, error, reload } = useShown(loadMyActivities)
  const [subscribed, setSubscribed] = useState<string | null>(null)
  const templateId = knownSession()?.activityTemplateId ?? null

  function subscribe () {
    // WeChat shows the prompt only when asked inside the tap, before any await.
    const asking = requestSubscription(templateId ? [templateId] : [])
    void asking.then(async (ids) => {
      if (ids.length === 0) return
      try {
        await grantActivityCredits(ids)
        setSubscribed(O.list.subscribed)
      } catch (e) {
        setSubscribed(messageOf(e))
      }
    })
  }

  const now = Date.now()
  const items = data?.items ?? []
  const upcoming = items.filter((i) => Date.parse(i.activity.endsAt) >= now)
  const past = items.filter((i) => Date.parse(i.activity.endsAt) < now)
  return (
    <Screen className='outreach'>
      <View className='page-lead'>{O.list.intro}</View>
      {templateId
        ? (
          <View className='card'>
            {subscribed !== null ? <Notice tone='success' testId='subscribe-result'>{subscribed}</Notice> : <View className='muted'>{O.list.subscribeHint}</View>}
            <Button kind='secondary' testId='activity-subscribe' onTap={subscribe}>{O.list.subscribe}</Button>
          </View>
          )
        : null}
      {error !== null && data === null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void reload() }} /> : null}
      {data === null && error === null ? <Skeleton cards={2} /> : null}
      {data !== null && items.length === 0 ? <StateView kind='empty' title={O.list.empty} body={O.list.emptyBody} testId='activities-empty' /> : null}
      {upcoming.length > 0 ? <View className='section-title'>{O.list.upcoming}</View> : null}
      {upcoming.map((i) => <Row key={i.activity.id} item={i} />)}
      {past.length > 0 ? <View className='section-title'>{O.list.past}</View> : null}
      {past.map((i) => <Row key={i.activity.id} item={i} />)}
      {data !== null
        ? (
          <CellGroup title={O.list.record} testId='activity-record'>
            {data.record.attended.length === 0 ? <Cell label={O.list.recordEmpty} /> : null}
            {data.record.attended.map((r) => <Cell key={r.activityId} label={`${r.kindLabel}：${r.title}`} value={when(r.at).slice(0, 10)} onTap={() => openPage(paths.opActivity(r.activityId))} link />)}
          </CellGroup>
          )
        : null}
    </Screen>
  )
}
