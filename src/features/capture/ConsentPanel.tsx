import { View, Text } from '@tarojs/components'
import { watermarkFor } from '../../core/jurisdiction/schema'
import { jurisdiction } from '../../config/jurisdiction'
import { Button } from '../ui'
import { T, fill } from './texts'

/** What is collected, why, and how ID photos are protected; asked before the camera first opens. */
export function ConsentPanel({ busy, onAgree, onDecline }: { busy: boolean, onAgree: () => void, onDecline: () => void }) {
  const values = { office: jurisdiction.office.name, watermark: watermarkFor(jurisdiction) }
  return (
    <View className='card capture-consent' data-testid='capture-consent'>
      <View className='card-title'>{T.consentTitle}</View>
      {[T.consentWhat, T.consentWhy, T.consentWatermark, T.consentKeep, T.consentCamera].map((line) => (
        <View key={line} className='capture-consent__line'><Text>{fill(line, values)}</Text></View>
      ))}
      <Button testId='capture-consent-agree' busy={busy} onTap={onAgree}>{T.consentAgree}</Button>
      <Button kind='secondary' testId='capture-consent-decline' onTap={onDecline}>{T.consentDecline}</Button>
    </View>
  )
}
