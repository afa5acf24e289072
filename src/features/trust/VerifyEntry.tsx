import { useState } from 'react'
import { View } from '@tarojs/components'
import { openPage } from '../../services/nav'
import { paths } from '../../core/routes'
import { scanQrCode } from '../../services/qr-scan'
import { Button, TextField } from '../ui'
import { TT } from './texts'

/** Public lookup's entry to check a 备案证明: paste its code or link, or (weapp) scan its QR code. */
export function VerifyEntry () {
  const [code, setCode] = useState('')
  const open = (text: string) => openPage(paths.proof({ code: text.trim() }))
  return (
    <View className='card' data-testid='verify-entry'>
      <View className='card-title'>{TT.scanTitle}</View>
      <TextField label={TT.certCode} path='certificate.code' value={code} placeholder={TT.scanManualPlaceholder} maxlength={600} onChange={setCode} />
      <Button kind='secondary' testId='verify-entry-check' disabled={code.trim() === ''} onTap={() => open(code)}>{TT.scanCheck}</Button>
      {process.env.TARO_ENV === 'weapp'
        ? <Button kind='plain' testId='verify-entry-scan' onTap={() => { void scanQrCode().then((t) => { if (t !== null) open(t) }) }}>{TT.scanStart}</Button>
        : null}
    </View>
  )
}
