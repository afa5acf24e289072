import { useState } from 'react'
import { View } from '@tarojs/components'
import { scanQrCode } from '../../services/qr-scan'
import { Button } from '../ui'
import { TT } from './texts'

export interface ScanViewProps {
  /** Called with the text of a QR code once one is read. */
  onResult: (text: string) => void
}

/** weapp: WeChat's own scanner (wx.scanCode) behind one button. */
export function ScanView ({ onResult }: ScanViewProps) {
  const [busy, setBusy] = useState(false)
  async function scan () {
    setBusy(true)
    const text = await scanQrCode()
    setBusy(false)
    if (text !== null) onResult(text)
  }
  return (
    <View className='card scan-view'>
      <View className='muted'>{TT.scanHint}</View>
      <Button testId='scan-start' busy={busy} onTap={() => { void scan() }}>{TT.scanStart}</Button>
    </View>
  )
}
