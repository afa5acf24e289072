import { View, Text } from '@tarojs/components'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { Button, LoadError, Screen, Skeleton, StateView, Tag, useShown } from '../ui'
import { span } from './format'
import { listActivities } from './staff-api'
import { O } from './texts'
import './outreach.scss'

/** Staff: the office's events, newest first, with sign-ups and invitations; 发布活动; 年度核验. */
export function EventsScreen () {
  const { data, error, reload } = useShown(listActivities)
  const now = Date.now()
  return (
    <Screen className='outreach'>
      <Button testId='event-create' onTap={() => openPage(paths.evEditor())}>{O.staff.create}</Button>
      <Button kind='secondary' testId='open-rounds' onTap={() => openPage(paths.evRounds())}>{O.staff.roundsLink}</Button>
      {error !== null && data === null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { void reload() }} /> : null}
      {data === null && error === null ? <Skeleton cards={3} /> : null}
      {data !== null && data.length === 0 ? <StateView kind='empty' title={O.staff.empty} testId='events-empty' /> : null}
      {(data ?? []).map((a) => (
        <View key={a.id} className='card' role='link' data-testid='event-row' onClick={() => openPage(paths.evActivity(a.id))}>
          <View className='ev-row__head'>
            <Text className='ev-row__title'>{`${a.kindLabel}：${a.title}`}</Text>
            <Tag tone={a.status === 'cancelled' ? 'danger' : Date.parse(a.endsAt) < now ? 'neutral' : 'info'}>{a.status === 'cancelled' ? O.list.cancelled : Date.parse(a.endsAt) < now ? '已结束' : a.signupOpen ? '报名中' : '报名截止'}</Tag>
          </View>
          <View className='ev-row__line'>{O.staff.rowLine(span(a.startsAt, a.endsAt), a.place)}</View>
          <View className='ev-row__line'>{O.staff.rowCounts(a.signedUp, a.capacity, a.invited)}</View>
        </View>
      ))}
    </Screen>
  )
}
