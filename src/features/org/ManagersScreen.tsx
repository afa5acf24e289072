import { useEffect, useState } from 'react'
import { View } from '@tarojs/components'
import { localDate } from '../../core/local-time'
import { paths } from '../../core/routes'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { confirm, toast } from '../../services/dialogs'
import { replacePage } from '../../services/nav'
import { Button, Cell, CellGroup, LoadError, Notice, OneTimeCode, Screen, Skeleton, Tag, TextField } from '../ui'
import { inviteManager, listManagers, removeManager, type Managers } from './api'
import { OT } from './texts'
import { TransferCard } from './TransferCard'
import './org.scss'

/**
 * A filing's managers: the list (owner first), the owner's invite by a one-time code, removing a
 * co-manager, leaving, and the owner's transfer to a new operator (TransferCard). The server decides who may do what; the screen only offers it.
 */
export function ManagersScreen ({ id }: { id: string }) {
  const [list, setList] = useState<Managers | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [invite, setInvite] = useState<{ code: string, expiresAt: string } | null>(null)
  const [busy, setBusy] = useState(false)

  async function load () {
    try {
      setList(await listManagers(id))
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('internal', '加载失败，请重试'))
    }
  }
  useEffect(() => { void load() }, [id])

  async function makeInvite () {
    setBusy(true)
    try {
      setInvite(await inviteManager(id, name.trim()))
      setName('')
      setNameError(undefined)
    } catch (e) {
      if (e instanceof ApiError && e.fields.name) setNameError(e.fields.name)
      else setError(e instanceof ApiError ? e : new ApiError('internal', '生成失败，请重试'))
    } finally {
      setBusy(false)
    }
  }

  async function remove (m: Managers['items'][number]) {
    if (list === null) return
    const ok = await confirm(m.you
      ? { title: OT.leaveTitle, content: OT.leaveConfirm, confirmText: OT.leave, danger: true }
      : { title: OT.removeTitle, content: OT.removeConfirm(m.name || OT.ownerFallback), confirmText: OT.remove, danger: true })
    if (!ok) return
    setBusy(true)
    try {
      const out = await removeManager(id, list.version, m.memberId)
      toast(out.left ? OT.left : OT.removed, 'success')
      if (out.left) { replacePage(paths.filings()); return }
      await load()
    } catch (e) {
      // Someone joined or left meanwhile: show the list as it is now, with the message, to try again.
      if (e instanceof ApiError && e.code === 'conflict') setList(await listManagers(id).catch(() => list))
      setError(e instanceof ApiError ? e : new ApiError('internal', '操作失败，请重试'))
    } finally {
      setBusy(false)
    }
  }

  if (list === null) {
    return (
      <Screen className='org'>
        {error !== null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { setError(null); void load() }} /> : <Skeleton cards={2} />}
      </Screen>
    )
  }
  const sole = list.items.length === 1
  return (
    <Screen className='org'>
      <View className='card'>
        <View className='card-title'>{OT.managersTitle}</View>
        <View className='muted'>{OT.managersIntro}</View>
      </View>
      {error !== null ? <Notice tone='danger' testId='org-error'>{error.message}</Notice> : null}
      <CellGroup testId='managers'>
        {list.items.map((m) => (
          <Cell key={m.memberId} label={`${m.name || OT.ownerFallback}${m.you ? OT.you : ''}`} hint={OT.addedAt(localDate(m.addedAt, jurisdiction.timezone))} testId='manager'>
            <View className='org-manager__side'>
              {m.owner ? <Tag tone='info'>{OT.owner}</Tag> : null}
              {(list.youOwn && !m.you) || (m.you && !sole)
                ? <Button kind='plain' inline busy={busy} testId={m.you ? 'manager-leave' : 'manager-remove'} onTap={() => { void remove(m) }}>{m.you ? OT.leave : OT.remove}</Button>
                : null}
            </View>
          </Cell>
        ))}
      </CellGroup>
      {list.youOwn
        ? (
          <View className='card' data-testid='invite'>
            <View className='card-title'>{OT.inviteTitle}</View>
            {list.items.length >= list.max
              ? <Notice tone='warn'>{OT.full(list.max)}</Notice>
              : (
                <View>
                  <TextField label={OT.inviteName} path='invite.name' value={name} placeholder={OT.invitePlaceholder} error={nameError} maxlength={20} onChange={(v) => { setName(v); setNameError(undefined) }} />
                  <Button testId='invite-submit' busy={busy} onTap={() => { void makeInvite() }}>{OT.inviteSubmit}</Button>
                </View>
                )}
            {invite !== null
              ? (
                <OneTimeCode kind={OT.inviteKind} code={invite.code} howTo={OT.inviteHowTo(localDate(invite.expiresAt, jurisdiction.timezone))} copyLabel={OT.copy} testId='invite-code' copyTestId='invite-copy' />
                )
              : null}
          </View>
          )
        : null}
      {list.transfer !== null ? <TransferCard id={id} version={list.version} section={list.transfer} onChanged={load} /> : null}
    </Screen>
  )
}
