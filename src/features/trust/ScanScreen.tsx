import { useState } from 'react'
import { View, Input } from '@tarojs/components'
import { ApiError } from '../../services/api'
import { Button, Screen } from '../ui'
import { verifyCertificate, type CertificateCheck } from './api'
import { CertificateResult } from './CertificateCard'
import { ScanView } from './ScanView'
import { TT } from './texts'
import './trust.scss'

/** Staff check a certificate an operator shows: scan its QR code (or paste its code), see the register's answer. */
export function ScanScreen () {
  const [check, setCheck] = useState<CertificateCheck | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [manual, setManual] = useState('')
  const [round, setRound] = useState(0)

  async function run (text: string) {
    setBusy(true)
    setError(null)
    try {
      setCheck(await verifyCertificate(text))
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '核验失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <Screen className='scan-page'>
      <View className='page-title'>{TT.scanTitle}</View>
      {check === null && !busy ? <ScanView key={round} onResult={(t) => { void run(t) }} /> : null}
      {busy ? <View className='muted'>{TT.certLoading}</View> : null}
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      {check !== null ? <CertificateResult check={check} /> : null}
      {check !== null ? <Button kind='secondary' testId='scan-again' onTap={() => { setCheck(null); setRound((r) => r + 1) }}>{TT.scanAgain}</Button> : null}
      <View className='card'>
        <View className='field-label'>{TT.scanManual}</View>
        <Input className='field-input' data-testid='scan-manual' value={manual} placeholder={TT.scanManualPlaceholder} maxlength={600} onInput={(e) => setManual(e.detail.value)} />
        <Button kind='secondary' testId='scan-manual-check' disabled={manual.trim() === '' || busy} onTap={() => { void run(manual) }}>{TT.scanCheck}</Button>
      </View>
    </Screen>
  )
}
