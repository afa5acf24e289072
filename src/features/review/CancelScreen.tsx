import { useCallback, useEffect, useState } from 'react'
import { View, Textarea } from '@tarojs/components'
import { Button, FieldFrame, Screen } from '../ui'
import { ApiError } from '../../services/api'
import { confirm } from '../../services/dialogs'
import { paths } from '../../core/routes'
import { replacePage } from '../../services/nav'
import { loadFiling, officeCancel, type FilingDetail } from './api'
import { markQueueStale } from './useQueue'
import { T } from './texts'
import './review.scss'

const C = T.officeCancelScreen

/** 注销 by the office: which filing, why, an explicit confirmation; then the filing shows 已注销. */
export function CancelScreen ({ id }: { id: string }) {
  const [d, setD] = useState<FilingDetail | null>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | undefined>(undefined)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    try { setD(await loadFiling(id)); setError(null) } catch (e) { setError(e instanceof ApiError ? e.message : T.loadFailed) }
  }, [id])
  useEffect(() => { void load() }, [load])

  async function submit () {
    if (d === null || busy) return
    if (reason.trim().length < 2) { setFieldError(C.reasonShort); return }
    if (!(await confirm({ title: C.confirmTitle, content: C.confirmBody(d.filingNumber ?? ''), confirmText: C.submit, danger: true }))) return
    setBusy(true)
    try {
      await officeCancel(d.id, d.version, reason.trim())
      markQueueStale()
      setDone(C.done(d.filingNumber ?? ''))
    } catch (e) {
      if (e instanceof ApiError) { setFieldError(e.fields.reason); setError(e.code === 'conflict' ? T.conflict : e.message) } else setError(T.loadFailed)
      await load()
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen className='review-cancel'>
      {error !== null ? <View className='card error-text' role='alert' data-testid='cancel-error'>{error}</View> : null}
      {done !== null
        ? (
          <View className='card notice notice--ok' role='alert' data-testid='cancel-done'>
            {done}
            <Button kind='secondary' onTap={() => replacePage(paths.adminDetail(id))}>{C.backToFiling}</Button>
          </View>
          )
        : null}
      {d !== null && done === null
        ? (
          <View className='card'>
            <View className='card-title'>{C.title}</View>
            <View className='muted'>{C.intro}</View>
            <View className='kv'><View className='kv__label'>{d.filingNumber ?? ''}</View><View className='kv__value'>{d.accountNames.join('、')}</View></View>
            {d.status !== 'approved'
              ? <View className='hint hint--warn'>{C.notApproved}</View>
              : (
                <View>
                  <FieldFrame label={C.reason} path='reason' error={fieldError}>
                    <Textarea className={`field-input reject-text ${fieldError ? 'field-input--error' : ''}`} data-testid='cancel-reason' value={reason} maxlength={600} placeholder={C.reasonPlaceholder} onInput={(e) => { setReason(e.detail.value); setFieldError(undefined) }} />
                  </FieldFrame>
                  <Button kind='danger' testId='cancel-submit' busy={busy} onTap={() => { void submit() }}>{C.submit}</Button>
                </View>
                )}
          </View>
          )
        : null}
    </Screen>
  )
}
