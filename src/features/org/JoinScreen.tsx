import { useState } from 'react'
import { View } from '@tarojs/components'
import { localDate } from '../../core/local-time'
import { paths } from '../../core/routes'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { openPage, replacePage } from '../../services/nav'
import { Button, Cell, CellGroup, Notice, Screen, StateView, TextField } from '../ui'
import { acceptTransfer, joinFiling, previewCode, type TransferPreview } from './api'
import { OT } from './texts'
import './org.scss'

type Done = { id: string, title: string, body?: string }

const failure = (e: unknown, fallback: string) => e instanceof ApiError ? (e.fields.code ? `${e.fields.code}：${e.message}` : e.message) : fallback

/**
 * One box for the codes a filing's owner hands out: the server says which kind it is. A co-manager
 * code joins at once (as before); a transfer code shows what would be taken over and asks first.
 */
export function JoinScreen () {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [preview, setPreview] = useState<TransferPreview | null>(null)
  const [done, setDone] = useState<Done | null>(null)

  async function join () {
    const value = code.trim().toUpperCase()
    if (value === '') { setError('请输入邀请码'); return }
    setBusy(true)
    try {
      const kind = await previewCode(value)
      if (kind.kind === 'transfer') {
        setPreview(kind.transfer)
      } else {
        const joined = await joinFiling(value)
        setDone({ id: joined.id, title: OT.joinDone(joined.accountNames.join('、') || '未命名备案') })
      }
      setError(undefined)
    } catch (e) {
      setError(failure(e, '加入失败，请重试'))
    } finally {
      setBusy(false)
    }
  }

  async function accept () {
    setBusy(true)
    try {
      const out = await acceptTransfer(code.trim().toUpperCase())
      setDone({ id: out.id, title: OT.acceptDone(out.accountNames.join('、') || '未命名备案'), body: OT.acceptDue(out.dueOn) })
    } catch (e) {
      setError(failure(e, '接收失败，请重试'))
    } finally {
      setBusy(false)
    }
  }

  if (done !== null) {
    return (
      <Screen className='org'>
        <StateView kind='success' title={done.title} body={done.body} actions={[{ label: OT.open, onTap: () => replacePage(paths.filingDetail(done.id)), testId: 'join-open' }]} testId='join-done' />
      </Screen>
    )
  }
  if (preview !== null) {
    return (
      <Screen className='org'>
        <View className='card' data-testid='transfer-preview'>
          <View className='card-title'>{OT.previewTitle}</View>
          <CellGroup>
            <Cell label={OT.previewAccounts} value={preview.accountNames.join('、')} />
            <Cell label={OT.previewNumber} value={preview.filingNumber} />
            <Cell label={OT.previewSubject} value={preview.subjectName} />
            <Cell label={OT.previewTo} value={preview.toName} hint={OT.previewUntil(localDate(preview.expiresAt, jurisdiction.timezone))} />
          </CellGroup>
          <Notice tone='warn' testId='transfer-consequences'>{preview.consequences}</Notice>
          {error !== undefined ? <Notice tone='danger' testId='transfer-accept-error'>{error}</Notice> : null}
          <Button testId='transfer-accept' busy={busy} onTap={() => { void accept() }}>{OT.previewAccept}</Button>
          <Button kind='plain' testId='transfer-back' onTap={() => { setPreview(null); setError(undefined) }}>{OT.previewBack}</Button>
        </View>
      </Screen>
    )
  }
  return (
    <Screen className='org'>
      <View className='card'>
        <View className='card-title'>{OT.joinTitle}</View>
        <View className='muted'>{OT.joinIntro}</View>
      </View>
      <View className='card'>
        <TextField label={OT.joinCode} path='join.code' value={code} placeholder={OT.joinPlaceholder} error={error} maxlength={16} onChange={(v) => { setCode(v); setError(undefined) }} />
        <Button testId='join-submit' busy={busy} onTap={() => { void join() }}>{OT.joinSubmit}</Button>
      </View>
      <Button kind='plain' testId='join-agency' onTap={() => openPage(paths.orgAgency())}>{OT.agencyEntry}</Button>
    </Screen>
  )
}
