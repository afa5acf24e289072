import { useState } from 'react'
import { View } from '@tarojs/components'
import { localDate } from '../../core/dates'
import { paths } from '../../core/routes'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { confirm as ask } from '../../services/dialogs'
import { replacePage } from '../../services/nav'
import { Button, Cell, CellGroup, Notice, Screen, StateView, TextField } from '../ui'
import { confirmAgency, previewAgency, refuseAgency, type AgencyPreview } from './api'
import { AT } from './texts'

type Done = { kind: 'confirmed', id: string, names: string } | { kind: 'refused' }

const messageOf = (e: unknown): string => (e instanceof ApiError ? e.message : AT.failed)

/**
 * 确认委托: the principal enters the code the agency gave them, sees what is filed in their name
 * (ID numbers masked by the server), and confirms or refuses with a reason. The server decides
 * whether the code is good and whether this WeChat may answer; the screen only shows it.
 */
export function ConfirmScreen ({ initialCode = '' }: { initialCode?: string }) {
  const [code, setCode] = useState(initialCode)
  const [codeError, setCodeError] = useState<string | undefined>()
  const [preview, setPreview] = useState<AgencyPreview | null>(null)
  const [refusing, setRefusing] = useState(false)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | undefined>()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Done | null>(null)
  const value = code.trim().toUpperCase()

  async function look () {
    if (value === '') { setCodeError(AT.codeMissing); return }
    setBusy(true)
    try {
      setPreview(await previewAgency(value))
      setCodeError(undefined)
      setError(null)
    } catch (e) {
      setCodeError(e instanceof ApiError && e.fields.code ? `${e.fields.code}：${e.message}` : messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  async function answerYes () {
    if (!(await ask({ title: AT.confirm, content: AT.confirmAsk, confirmText: AT.confirm }))) return
    setBusy(true)
    try {
      const out = await confirmAgency(value)
      setDone({ kind: 'confirmed', id: out.id, names: out.accountNames.join('、') })
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  async function answerNo () {
    setBusy(true)
    try {
      await refuseAgency(value, reason)
      setDone({ kind: 'refused' })
    } catch (e) {
      if (e instanceof ApiError && e.fields.reason) setReasonError(e.fields.reason)
      else setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  if (done !== null) {
    return (
      <Screen className='agency'>
        {done.kind === 'confirmed'
          ? <StateView kind='success' title={AT.confirmed(done.names)} body={AT.confirmedBody} actions={[{ label: AT.open, onTap: () => replacePage(paths.filingDetail(done.id)), testId: 'agency-open' }]} testId='agency-confirmed' />
          : <StateView kind='warn' title={AT.refused} body={AT.refusedBody} actions={[{ label: AT.open, onTap: () => replacePage(paths.filings()), testId: 'agency-back' }]} testId='agency-refused' />}
      </Screen>
    )
  }
  return (
    <Screen className='agency'>
      <View className='card'>
        <View className='card-title'>{AT.confirmTitle}</View>
        <View className='muted'>{AT.confirmIntro}</View>
      </View>
      {preview === null
        ? (
          <View className='card'>
            <TextField label={AT.code} path='agency.code' value={code} placeholder={AT.codePlaceholder} error={codeError} maxlength={16} onChange={(v) => { setCode(v); setCodeError(undefined) }} />
            <Button testId='agency-look' busy={busy} onTap={() => { void look() }}>{AT.look}</Button>
          </View>
          )
        : (
          <View data-testid='agency-preview'>
            <CellGroup title={AT.previewTitle}>
              <Cell label={AT.subject} value={preview.subjectName} testId='agency-subject' />
              <Cell label={AT.subjectType} value={preview.subjectType} />
              <Cell label={AT.subjectId} value={preview.subjectId} />
              <Cell label={AT.agencyName} value={preview.agency.name} stacked />
              <Cell label={AT.agencyContact} value={preview.agency.contact} />
              <Cell label={AT.agencyPhone} value={preview.agency.phone} />
              <Cell label={AT.accounts} value={preview.accounts.map((a) => `${a.kind}：${a.name}`).join('\n')} stacked testId='agency-accounts' />
            </CellGroup>
            {preview.amendment ? <Notice tone='info'>{AT.amendment}</Notice> : null}
            <Notice tone='info'>{AT.until(localDate(preview.expiresAt, jurisdiction.timezone))}</Notice>
            {error !== null ? <Notice tone='danger' testId='agency-error'>{error}</Notice> : null}
            {refusing
              ? (
                <View className='card'>
                  <TextField label={AT.refuseReason} path='agency.reason' value={reason} placeholder={AT.refusePlaceholder} error={reasonError} maxlength={200} onChange={(v) => { setReason(v); setReasonError(undefined) }} />
                  <Button kind='danger' testId='agency-refuse-submit' busy={busy} onTap={() => { void answerNo() }}>{AT.refuseSubmit}</Button>
                  <Button kind='plain' testId='agency-refuse-cancel' onTap={() => setRefusing(false)}>{AT.cancel}</Button>
                </View>
                )
              : (
                <View className='card'>
                  <Button testId='agency-confirm' busy={busy} onTap={() => { void answerYes() }}>{AT.confirm}</Button>
                  <Button kind='secondary' testId='agency-refuse' onTap={() => setRefusing(true)}>{AT.refuse}</Button>
                </View>
                )}
          </View>
          )}
    </Screen>
  )
}
