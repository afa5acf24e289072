import { useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Notice } from '../../ui'
import { newId } from '../../../services/ids'
import { jurisdiction } from '../../../config/jurisdiction'
import { reviewDueDate } from '../../../core/deadlines'
import { documentKindLabel } from '../../../core/schemas/documents'
import type { Outcome } from '../api'
import { accountTitle } from '../model'
import { firstStepWithErrors } from '../validation'
import { startSubmission } from '../submit'
import type { Wizard } from '../useWizard'
import { T } from '../texts'

/**
 * Step 5: what is about to be filed, what happens after, and the submission itself (the
 * subscription prompt opens inside this tap, as WeChat requires).
 */
export function SubmitStep ({ w, onDone }: { w: Wizard, onDone: (o: Outcome) => void }) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  // One id per visit of this screen: a retry after a network failure replays, never files twice.
  const requestId = useRef(newId('req-'))
  const mode = w.draft?.mode ?? 'new'
  const c = w.draft?.content ?? {}
  const accounts = (c.accounts ?? []).map(accountTitle).filter((n) => n !== '')
  const docs = (c.documents ?? []).map((d) => documentKindLabel(d.kind, c.subject?.type))
  const due = reviewDueDate(new Date(), jurisdiction)

  function tap () {
    if (busy) return
    setBusy(true)
    setMessage(null)
    startSubmission(w.flush, requestId.current).then((r) => {
      setBusy(false)
      if (r.ok) { onDone(r.outcome); return }
      setMessage(r.message)
      const step = firstStepWithErrors(r.fields)
      if (step !== null) { w.goTo(step); w.setErrors(r.fields, r.message) }
    }, () => { setBusy(false); setMessage(T.submitFailed) })
  }

  return (
    <View>
      <CellGroup title={T.submitSummary} testId='submit-summary'>
        <Cell label={T.summarySubject} value={c.subject?.name} />
        <Cell label={T.summaryAccounts(accounts.length)} value={accounts.join('、')} />
        <Cell label={T.summaryDocuments} value={docs.join('、')} />
      </CellGroup>
      <View className='card'>
        <View className='card-title'>{T.afterSubmit}</View>
        {[T.afterReview(jurisdiction.office.shortName, jurisdiction.reviewWorkingDays, due), T.afterNotify, mode === 'amend' ? T.doneAmendHint : T.doneReturnHint].map((line, i) => (
          <View key={line} className='submit-step'>
            <Text className='submit-step__n'>{i + 1}</Text>
            <Text>{line}</Text>
          </View>
        ))}
      </View>
      {message !== null ? <Notice tone='danger' testId='submit-error'>{message}</Notice> : null}
      <Button testId='submit' busy={busy} busyText={T.submitting} onTap={tap}>{mode === 'correct' ? T.resubmit : mode === 'amend' ? T.amend : T.submit}</Button>
    </View>
  )
}
