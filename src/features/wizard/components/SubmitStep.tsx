import { useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { Button } from '../../ui'
import { newId } from '../../../services/ids'
import { jurisdiction } from '../../../config/jurisdiction'
import type { Outcome } from '../api'
import { firstStepWithErrors } from '../validation'
import { startSubmission } from '../submit'
import type { Wizard } from '../useWizard'
import { T } from '../texts'

/** Step 5: the subscription prompt and the submission itself. */
export function SubmitStep ({ w, onDone }: { w: Wizard, onDone: (o: Outcome) => void }) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  // One id per visit of this screen: a retry after a network failure replays, never files twice.
  const requestId = useRef(newId('req-'))
  const mode = w.draft?.mode ?? 'new'

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
    }, () => { setBusy(false); setMessage('提交失败，请稍后重试') })
  }

  return (
    <View className='card'>
      <View className='card-title'>{T.submitTitle}</View>
      <View className='muted'>{T.submitExplain}</View>
      <View className='muted'>{jurisdiction.office.name}将在{jurisdiction.reviewWorkingDays}个工作日内审核。</View>
      {message !== null ? <View className='error-text notice' data-testid='submit-error'>{message}</View> : null}
      <Button testId='submit' busy={busy} onTap={tap}>{mode === 'correct' ? T.resubmit : mode === 'amend' ? T.amend : T.submit}</Button>
    </View>
  )
}
