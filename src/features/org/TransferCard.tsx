import { useState } from 'react'
import { View } from '@tarojs/components'
import { localDate } from '../../core/local-time'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { confirm, toast } from '../../services/dialogs'
import { Button, Notice, OneTimeCode, TextField } from '../ui'
import { cancelTransfer, startTransfer, type Managers } from './api'
import { OT } from './texts'

type Section = NonNullable<Managers['transfer']>

const day = (iso: string) => localDate(iso, jurisdiction.timezone)

/**
 * The owner's 「转让给新的运营主体」: name the receiver, make a one-time code (shown once, with a copy
 * button), see that a transfer is open (never the code again), withdraw it. The server decides whether
 * the filing may move now (`blocked` says why not).
 */
export function TransferCard ({ id, version, section, onChanged }: { id: string, version: number, section: Section, onChanged: () => Promise<void> }) {
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [code, setCode] = useState<{ code: string, expiresAt: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function start () {
    if (name.trim() === '') { setNameError(`请填写${OT.transferName}`); return }
    setBusy(true)
    try {
      const out = await startTransfer(id, version, name.trim())
      setCode({ code: out.code, expiresAt: out.expiresAt })
      setName('')
      setNameError(undefined)
      setError(null)
      await onChanged()
    } catch (e) {
      if (e instanceof ApiError && e.fields.toName) setNameError(e.fields.toName)
      else setError(e instanceof ApiError ? e.message : '生成失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  async function cancel () {
    const ok = await confirm({ title: OT.transferCancelTitle, content: OT.transferCancelConfirm, confirmText: OT.transferCancel, danger: true })
    if (!ok) return
    setBusy(true)
    try {
      await cancelTransfer(id)
      setCode(null)
      setError(null)
      toast(OT.transferCancelled, 'success')
      await onChanged()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '操作失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' data-testid='transfer'>
      <View className='card-title'>{OT.transferTitle}</View>
      <View className='muted'>{OT.transferIntro}</View>
      {error !== null ? <Notice tone='danger' testId='transfer-error'>{error}</Notice> : null}
      {section.blocked !== null
        ? <Notice tone='warn' testId='transfer-blocked'>{section.blocked}</Notice>
        : (
          <View>
            {section.open !== null ? <Notice tone='info' testId='transfer-open'>{OT.transferOpen(section.open.toName, day(section.open.expiresAt))}</Notice> : null}
            <TextField label={OT.transferName} path='transfer.toName' value={name} placeholder={OT.transferPlaceholder} error={nameError} maxlength={60} onChange={(v) => { setName(v); setNameError(undefined) }} />
            <Button kind='secondary' testId='transfer-submit' busy={busy} onTap={() => { void start() }}>{section.open !== null ? OT.transferRestart : OT.transferSubmit}</Button>
          </View>
          )}
      {code !== null
        ? (
          <OneTimeCode kind={OT.transferKind} code={code.code} howTo={OT.transferHowTo(day(code.expiresAt))} copyLabel={OT.transferCopy} testId='transfer-code' copyTestId='transfer-copy' />
          )
        : null}
      {section.open !== null ? <Button kind='plain' testId='transfer-cancel' busy={busy} onTap={() => { void cancel() }}>{OT.transferCancel}</Button> : null}
    </View>
  )
}
