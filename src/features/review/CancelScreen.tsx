import { useCallback, useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Cell, CellGroup, LoadError, Notice, Screen, Skeleton, StateView, TextField } from '../ui'
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
  const [loadError, setLoadError] = useState<ApiError | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [fieldError, setFieldError] = useState<string | undefined>(undefined)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const load = useCallback(async () => {
    try {
      setD(await loadFiling(id))
      setLoadError(null)
    } catch (e) {
      setLoadError(e instanceof ApiError ? e : new ApiError('internal', T.loadFailed))
    }
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

  if (done !== null) {
    return (
      <Screen className='review-cancel'>
        <StateView kind='success' title={C.doneTitle} body={done} testId='cancel-done' actions={[{ label: C.backToFiling, kind: 'secondary', onTap: () => replacePage(paths.adminDetail(id)) }]} />
      </Screen>
    )
  }
  if (d === null) {
    return (
      <Screen className='review-cancel'>
        {loadError !== null ? <LoadError message={loadError.message} offline={loadError.code === 'network'} onRetry={() => { setLoadError(null); void load() }} /> : <Skeleton cards={2} lines={3} />}
      </Screen>
    )
  }
  // The workflow decides whether the office may cancel now (approved, no amendment under review).
  const allowed = d.availableActions.includes('cancel')
  return (
    <Screen className='review-cancel'>
      {error !== null ? <Notice tone='danger' testId='cancel-error'>{error}</Notice> : null}
      <View className='page-title'>{C.title}</View>
      <View className='page-lead'>{C.intro}</View>
      <CellGroup>
        <Cell label={C.number} value={d.filingNumber} />
        <Cell label={C.accounts} value={d.accountNames.join('、')} />
        <Cell label={C.status} value={d.statusLabel} />
      </CellGroup>
      {!allowed
        ? <Notice tone='warn' testId='cancel-not-allowed'>{C.notApproved}</Notice>
        : (
          <View className='card'>
            <TextField multiline label={C.reason} path='cancel-reason' value={reason} maxlength={600} placeholder={C.reasonPlaceholder} error={fieldError} onChange={(v) => { setReason(v); setFieldError(undefined) }} />
            <Button kind='danger' testId='cancel-submit' busy={busy} onTap={() => { void submit() }}>{C.submit}</Button>
          </View>
          )}
    </Screen>
  )
}
