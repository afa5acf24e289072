import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '../../ui'
import { paths } from '../../../core/routes'
import { localDateTime } from '../../../core/local-time'
import { replacePage } from '../../../services/nav'
import { jurisdiction } from '../../../config/jurisdiction'
import { loadCloudFiling, type CloudFiling, type Outcome } from '../api'
import type { WizardMode } from '../model'
import { T } from '../texts'

/**
 * The receipt: what was received, when, under which number, and by when the office decides.
 * The details come from the filing as stored; until they arrive the number alone stands.
 */
export function Done ({ outcome, mode }: { outcome: Outcome, mode: WizardMode }) {
  const [filing, setFiling] = useState<CloudFiling | null>(null)
  useEffect(() => { loadCloudFiling(outcome.id).then(setFiling, () => setFiling(null)) }, [outcome.id])
  const submittedAt = filing?.submittedAt ?? null
  return (
    <View className='result' data-testid='submit-done'>
      <View className='result__icon icon--success' />
      <Text className='result__title'>{mode === 'amend' ? T.doneAmendTitle : mode === 'correct' ? T.doneCorrectTitle : T.doneTitle}</Text>
      <Text className='result__body'>{T.doneNext(jurisdiction.office.name, jurisdiction.reviewWorkingDays)}</Text>
      <CellGroup title={T.receiptTitle} testId='receipt'>
        <Cell label={T.receiptAccounts} value={filing?.accountNames.join('、')} />
        <Cell label={T.receiptId} value={outcome.id} />
        <Cell label={T.receiptAt} value={submittedAt !== null ? localDateTime(submittedAt, jurisdiction.timezone) : null} />
        <Cell label={T.receiptDue} value={filing?.reviewDueDate ?? null} testId='receipt-due' />
      </CellGroup>
      <Text className='result__body'>{mode === 'amend' ? T.doneAmendHint : T.doneReturnHint}</Text>
      <Button testId='to-filings' onTap={() => replacePage(paths.filings())}>{T.toMyFilings}</Button>
      <Button kind='secondary' onTap={() => replacePage(paths.home())}>{T.toHome}</Button>
    </View>
  )
}
