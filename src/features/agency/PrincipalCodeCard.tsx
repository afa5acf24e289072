import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { localDate } from '../../core/dates'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { toast } from '../../services/dialogs'
import { copyText } from '../../services/media'
import { Button, Notice } from '../ui'
import { principalCode } from './api'
import { AT } from './texts'
import './agency.scss'

/** On an agency filing waiting for its principal: the agent makes the confirmation code to pass on (a new one replaces the old). */
export function PrincipalCodeCard ({ id }: { id: string }) {
  const [made, setMade] = useState<{ code: string, expiresAt: string } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function make () {
    setBusy(true)
    try {
      setMade(await principalCode(id))
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : AT.failed)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='card' data-testid='principal-code'>
      <View className='card-title'>{AT.waiting}</View>
      <View className='muted'>{AT.waitingBody}</View>
      {error !== null ? <Notice tone='danger'>{error}</Notice> : null}
      <Button testId='principal-code-make' busy={busy} onTap={() => { void make() }}>{AT.makeCode}</Button>
      {made !== null
        ? (
          <View className='agency-code' data-testid='principal-code-shown'>
            <Text className='agency-code__text' userSelect>{AT.codeDone(made.code, localDate(made.expiresAt, jurisdiction.timezone))}</Text>
            <Button kind='secondary' testId='principal-code-copy' onTap={() => { void copyText(made.code).then(() => toast(AT.copied, 'success')) }}>{AT.copy}</Button>
          </View>
          )
        : null}
    </View>
  )
}
