import { useState } from 'react'
import { View } from '@tarojs/components'
import { localDate } from '../../core/dates'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { Button, Notice, OneTimeCode } from '../ui'
import { principalCode } from './api'
import { AT } from './texts'

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
          <OneTimeCode kind={AT.codeKind} code={made.code} howTo={AT.codeHowTo(localDate(made.expiresAt, jurisdiction.timezone))} copyLabel={AT.copy} testId='principal-code-shown' copyTestId='principal-code-copy' />
          )
        : null}
    </View>
  )
}
