import { useState } from 'react'
import { View } from '@tarojs/components'
import { paths } from '../../core/routes'
import { ApiError } from '../../services/api'
import { openPage, pageQuery } from '../../services/nav'
import { Button, Notice, QueryForm, Screen, TextField } from '../ui'
import { claimFiling, type ClaimResult } from './api'
import { C } from './texts'

type Mode = 'number' | 'code'
type Errors = Partial<Record<'filingNumber' | 'code' | 'identity', string>>

/** 认领原备案: by the old number or staff's code, with the subject's identity number; then amend as usual. */
export function Claim () {
  const query = pageQuery()
  const [mode, setMode] = useState<Mode>(query.code ? 'code' : 'number')
  const [number, setNumber] = useState('')
  const [code, setCode] = useState(query.code ?? '')
  const [identity, setIdentity] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<ClaimResult | null>(null)

  function missing (): Errors {
    const e: Errors = {}
    if (mode === 'number' && number.trim() === '') e.filingNumber = C.required.number
    if (mode === 'code' && code.trim() === '') e.code = C.required.code
    if (identity.trim() === '') e.identity = C.required.identity
    return e
  }

  async function submit () {
    if (busy) return
    const e = missing()
    setErrors(e)
    setFailure(null)
    if (Object.keys(e).length > 0) return
    setBusy(true)
    try {
      setDone(await claimFiling(mode === 'number' ? { filingNumber: number.trim(), identity: identity.trim() } : { code: code.trim(), identity: identity.trim() }))
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) setErrors(err.fields as Errors)
      setFailure(err instanceof ApiError ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  if (done !== null) {
    return (
      <Screen className='claim'>
        <View className='page-title'>{C.doneTitle}</View>
        <View className='card'>
          <Notice tone='success' testId='claim-done'>{C.done(done.filingNumber)}</Notice>
          <Button testId='claim-open' onTap={() => openPage(paths.filingDetail(done.id))}>{C.amend}</Button>
        </View>
      </Screen>
    )
  }

  return (
    <Screen className='claim'>
      <QueryForm
        title={C.title}
        intro={C.intro}
        modeLabel={C.modeLabel}
        modePath='claim.mode'
        mode={mode}
        modes={[{ value: 'number', label: C.byNumber }, { value: 'code', label: C.byCode }]}
        onMode={(m) => { setMode(m); setErrors({}); setFailure(null) }}
        failure={failure}
        failureTestId='claim-failure'
        action={{ label: C.submit, testId: 'claim-submit', busy, onTap: () => { void submit() } }}
        note={C.privacy}
      >
        {mode === 'number'
          ? <TextField label={C.number} path='filingNumber' value={number} hint={C.numberHint} maxlength={40} error={errors.filingNumber} onChange={(v) => { setNumber(v); setFailure(null) }} />
          : <TextField label={C.code} path='code' value={code} hint={C.codeHint} maxlength={16} error={errors.code} onChange={(v) => { setCode(v); setFailure(null) }} />}
        <TextField label={C.identity} path='identity' type='idcard' value={identity} hint={C.identityHint} maxlength={40} error={errors.identity} onChange={(v) => { setIdentity(v); setFailure(null) }} />
      </QueryForm>
    </Screen>
  )
}
