import { View } from '@tarojs/components'
import { localDateTime } from '../../core/dates'
import { jurisdiction } from '../../config/jurisdiction'
import { AT } from './texts'

export interface PrincipalStatus {
  status: 'pending' | 'confirmed' | 'refused'
  label: string
  at: string | null
  reason: string | null
}

/** The review screen's card for an agency filing: whether the principal confirmed (and when); approval waits for it. */
export function PrincipalStatusCard ({ principal }: { principal: PrincipalStatus | null }) {
  if (principal === null) return null
  const when = principal.at !== null ? localDateTime(principal.at, jurisdiction.timezone).slice(0, 16) : null
  return (
    <View className='card' data-testid='principal-status'>
      <View className='card-title'>{AT.reviewTitle}</View>
      <View className={principal.status === 'confirmed' ? 'hint' : 'hint hint--warn'}>
        {principal.label}{when !== null ? `（${when}）` : ''}
      </View>
      {principal.status === 'pending' ? <View className='muted'>{AT.reviewPending}</View> : null}
      {principal.reason !== null ? <View className='muted'>{AT.reviewReason(principal.reason)}</View> : null}
    </View>
  )
}
