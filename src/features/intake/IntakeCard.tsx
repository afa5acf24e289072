import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { localDateTime } from '../../core/dates'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { confirm, toast } from '../../services/dialogs'
import { copyText } from '../../services/media'
import { Button, Cell, CellGroup, Notice } from '../ui'
import { issueClaimCode, revokeClaimCode, type Intake } from './api'
import { IT } from './texts'
import './intake.scss'

const minute = (iso: string): string => localDateTime(iso, jurisdiction.timezone).slice(0, 16)

/**
 * On the review screen of a filing staff entered or imported: where it came from, who entered it,
 * and its claim code. The code is shown once, right after it is made (only its hash is stored):
 * staff read it out or send it; a new one replaces the old, and it can be withdrawn.
 */
export function IntakeCard ({ filingId, intake, onChanged }: { filingId: string, intake: Intake, onChanged: () => Promise<void> }) {
  const [code, setCode] = useState<{ code: string, expiresAt: string } | null>(null)
  const [busy, setBusy] = useState<'issue' | 'revoke' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const live = intake.claimCodeExpiresAt

  async function issue () {
    if (live !== null && !(await confirm({ title: IT.reissueConfirmTitle, content: IT.reissueConfirm }))) return
    setBusy('issue')
    setError(null)
    try {
      setCode(await issueClaimCode(filingId))
      await onChanged()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : IT.failed)
    } finally {
      setBusy(null)
    }
  }

  async function revoke () {
    if (!(await confirm({ title: IT.revokeConfirmTitle, content: IT.revokeConfirm, confirmText: IT.revokeShort, danger: true }))) return
    setBusy('revoke')
    setError(null)
    try {
      await revokeClaimCode(filingId)
      setCode(null)
      // The card itself now says there is no live code: no toast (on h5 it would sit outside the page's landmarks).
      await onChanged()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : IT.failed)
    } finally {
      setBusy(null)
    }
  }

  return (
    <View data-testid='intake-card'>
      <CellGroup title={IT.intakeTitle}>
        <Cell label={IT.channel} value={intake.channelLabel} testId='intake-channel' />
        {intake.channel !== 'legacy' ? <Cell label={IT.enteredBy} value={intake.enteredByName ?? IT.enteredByUnknown} hint={minute(intake.enteredAt)} testId='intake-entered-by' /> : null}
        {intake.receivedOn !== null ? <Cell label={IT.receivedOn} value={intake.receivedOn} /> : null}
        {intake.legacyNumber !== null ? <Cell label={IT.legacyNumber} value={intake.legacyNumber} /> : null}
        <Cell label={IT.claimState} value={intake.claimed ? IT.claimed : IT.unclaimed} testId='intake-claim-state' />
      </CellGroup>
      {!intake.claimed
        ? (
          <View className='card' data-testid='claim-code'>
            {code !== null
              ? (
                <View className='intake-code' data-testid='claim-code-shown' role='status'>
                  <View className='card-title'>{IT.codeTitle}</View>
                  <Text className='intake-code__value' data-testid='claim-code-value' userSelect>{code.code}</Text>
                  <View className='muted'>{IT.codeHowTo(minute(code.expiresAt))}</View>
                  <View className='btn-row'>
                    <Button inline kind='secondary' testId='claim-code-copy' onTap={() => { void copyText(code.code).then(() => toast(IT.codeCopied, 'success'), () => undefined) }}>{IT.codeCopy}</Button>
                    <Button inline kind='plain' testId='claim-code-hide' onTap={() => setCode(null)}>{IT.codeDone}</Button>
                  </View>
                </View>
                )
              : <View className='muted' data-testid='claim-code-state'>{live !== null ? IT.codeLive(minute(live)) : IT.codeNone}</View>}
            {error !== null ? <Notice tone='danger' testId='claim-code-error'>{error}</Notice> : null}
            <View className='btn-row'>
              <Button inline kind={live !== null ? 'secondary' : 'primary'} testId='claim-code-issue' busy={busy === 'issue'} disabled={busy !== null} onTap={() => { void issue() }}>{live !== null ? IT.reissue : IT.issue}</Button>
              {live !== null ? <Button inline kind='danger' testId='claim-code-revoke' busy={busy === 'revoke'} disabled={busy !== null} onTap={() => { void revoke() }}>{IT.revoke}</Button> : null}
            </View>
          </View>
          )
        : null}
    </View>
  )
}
