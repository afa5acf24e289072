import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import { copyText } from '../../services/media'
import { toast } from '../../services/dialogs'
import { Button } from './Button'
import { KeepDates } from './Feedback'

/**
 * A one-time code shown once (co-manager, transfer, principal confirmation): the code large and
 * spaced so it can be read out, how to use it below, and a copy button. The code's kind names it
 * ("邀请码：…"), so a screen reader and a test read the two together.
 */
export function OneTimeCode ({ kind, code, howTo, copyLabel, testId, copyTestId, children }: { kind: string, code: string, howTo: string, copyLabel: string, testId: string, copyTestId: string, children?: ReactNode }) {
  return (
    <View className='one-time-code' data-testid={testId} role='status'>
      <Text className='one-time-code__kind'>{`${kind}：`}</Text>
      <Text className='one-time-code__value' userSelect>{code}</Text>
      <View className='one-time-code__how muted'><KeepDates text={howTo} /></View>
      <Button kind='secondary' testId={copyTestId} onTap={() => { void copyText(code).then(() => toast('已复制', 'success'), () => undefined) }}>{copyLabel}</Button>
      {children}
    </View>
  )
}
