import { View } from '@tarojs/components'
import { Button } from '../../ui'
import { paths } from '../../../core/routes'
import { replacePage } from '../../../services/nav'
import { jurisdiction } from '../../../config/jurisdiction'
import type { Outcome } from '../api'
import type { WizardMode } from '../model'
import { T } from '../texts'

export function Done ({ mode }: { outcome: Outcome, mode: WizardMode }) {
  return (
    <View className='card done' data-testid='submit-done'>
      <View className='done__icon'>✓</View>
      <View className='card-title'>{T.doneTitle}</View>
      <View>{T.doneNext(jurisdiction.office.name, jurisdiction.reviewWorkingDays)}</View>
      <View className='muted'>{mode === 'amend' ? T.doneAmendHint : T.doneReturnHint}</View>
      <Button testId='to-filings' onTap={() => replacePage(paths.filings())}>{T.toMyFilings}</Button>
      <Button kind='secondary' onTap={() => replacePage(paths.home())}>{T.toHome}</Button>
    </View>
  )
}
