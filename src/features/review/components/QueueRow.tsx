import { View, Text } from '@tarojs/components'
import { localDateTime } from '../../../core/local-time'
import { paths } from '../../../core/routes'
import { openPage } from '../../../services/nav'
import { jurisdiction } from '../../../config/jurisdiction'
import type { QueueItem } from '../api'
import { T } from '../texts'

/** One filing in the queue: who, which accounts, when, and how long the office has left. */
export function QueueRow ({ item }: { item: QueueItem }) {
  const late = (item.reviewDaysLeft !== null && item.reviewDaysLeft < 0) || item.overdue
  const names = item.accountNames.length > 0 ? item.accountNames.join('、') : T.untitled
  return (
    <View
      className={`card q-row ${late ? 'q-row--late' : ''}`}
      data-testid='queue-row'
      role='link'
      onClick={() => openPage(paths.adminDetail(item.id))}
    >
      <View className='q-row__head'>
        <Text className='q-row__name'>{names}</Text>
        <Text className={`status status--${item.status}`}>{item.statusLabel}</Text>
      </View>
      {item.recusal !== null ? <View className='hint hint--warn' data-testid='recusal-mark'>{T.recusalMark}</View> : null}
      <View className='muted'>
        {[item.platforms.join('、'), item.subjectName, item.townName].filter((s) => s !== null && s !== '').join(' · ')}
      </View>
      {item.filingNumber !== null ? <View className='muted'>备案编号 {item.filingNumber}</View> : null}
      {item.filedLate ? <View className='hint hint--warn' data-testid='filed-late'>{T.filedLate(item.dueDate)}</View> : null}
      <View className='q-row__foot'>
        <Text className='muted'>
          {item.submittedAt !== null ? `${T.submittedAt} ${localDateTime(item.submittedAt, jurisdiction.timezone).slice(0, 16)}` : T.notSubmitted}
        </Text>
        {item.reviewDaysLeft !== null
          ? <Text className={late ? 'q-row__due q-row__due--late' : 'q-row__due'}>{T.daysLeft(item.reviewDaysLeft)}</Text>
          : null}
      </View>
    </View>
  )
}
