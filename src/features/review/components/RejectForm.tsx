import { useState } from 'react'
import { View } from '@tarojs/components'
import { DecisionSchema } from '../../../core/schemas/decision'
import { Button, TextField } from '../../ui'
import { T } from '../texts'

/** 驳回 needs a reason the applicant will read; core's DecisionSchema says what is enough. */
export function RejectForm ({ busy, onSubmit, onCancel }: { busy: boolean, onSubmit: (reason: string) => void, onCancel: () => void }) {
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const submit = () => {
    const parsed = DecisionSchema.safeParse({ decision: 'reject', reason })
    if (!parsed.success) { setError(parsed.error.issues[0]?.message ?? '请填写驳回理由'); return }
    onSubmit(reason.trim())
  }
  return (
    <View className='card decide-form' data-testid='reject-form'>
      <View className='card-title'>{T.rejectTitle}</View>
      <TextField
        label={T.rejectReasonLabel}
        path='reject-reason'
        value={reason}
        maxlength={500}
        multiline
        placeholder={T.rejectPlaceholder}
        error={error ?? undefined}
        onChange={(v) => { setReason(v); setError(null) }}
      />
      <Button kind='danger' testId='reject-submit' busy={busy} onTap={submit}>{T.submitReject}</Button>
      <Button kind='plain' onTap={onCancel}>{T.cancel}</Button>
    </View>
  )
}
