import { useState } from 'react'
import { View } from '@tarojs/components'
import { paths } from '../../core/routes'
import { ApiError } from '../../services/api'
import { openPage, replacePage } from '../../services/nav'
import { Button, Screen, StateView, TextField } from '../ui'
import { joinFiling } from './api'
import { OT } from './texts'
import './org.scss'

/** A colleague enters the co-manager code the filing's owner gave them. */
export function JoinScreen () {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [joined, setJoined] = useState<{ id: string, accountNames: string[] } | null>(null)

  async function join () {
    const value = code.trim().toUpperCase()
    if (value === '') { setError('请输入邀请码'); return }
    setBusy(true)
    try {
      setJoined(await joinFiling(value))
      setError(undefined)
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields.code ? `${e.fields.code}：${e.message}` : e.message) : '加入失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  if (joined !== null) {
    return (
      <Screen className='org'>
        <StateView kind='success' title={OT.joinDone(joined.accountNames.join('、') || '未命名备案')} actions={[{ label: OT.open, onTap: () => replacePage(paths.filingDetail(joined.id)), testId: 'join-open' }]} testId='join-done' />
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
