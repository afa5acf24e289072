import { View, Text } from '@tarojs/components'
import type { CertificateCheck, CertificateView } from './api'
import { QrCode } from './QrCode'
import { TT } from './texts'
import './trust.scss'

/** The certificate as the register states it; the QR code carries the signed code. */
export function CertificateCard ({ certificate: c, qrText, code, verified }: { certificate: CertificateView, qrText: string, code: string, verified: boolean }) {
  return (
    <View className='card proof' data-testid='proof'>
      <View className='proof__title'>{TT.certTitle}</View>
      <View className='proof__number' data-testid='proof-number'>{c.filingNumber}</View>
      {verified ? <View className='proof__verified' data-testid='proof-verified' role='status'>{TT.certVerified}</View> : null}
      <View className='proof__row'><Text className='proof__k'>{TT.certAccounts}</Text><Text>{c.accounts.map((a) => `${a.platformName}“${a.name}”`).join('、')}</Text></View>
      {c.subjectName ? <View className='proof__row'><Text className='proof__k'>{TT.certSubject}</Text><Text>{c.subjectName}</Text></View> : null}
      <View className='proof__row'><Text className='proof__k'>{TT.certDate}</Text><Text>{c.approvedOn}</Text></View>
      <View className='proof__row'><Text className='proof__k'>{TT.certStatus}</Text><Text>{c.statusLabel}</Text></View>
      <View className='proof__row'><Text className='proof__k'>{TT.certOffice}</Text><Text>{c.officeName}</Text></View>
      <View className='proof__qr'>
        <QrCode text={qrText} size={200} alt={TT.certQrAlt(c.filingNumber)} testId='proof-qr' />
        <View className='muted'>{TT.certQrHint}</View>
        <Text className='proof__code' data-testid='proof-code' userSelect>{`${TT.certCode}：${code}`}</Text>
      </View>
    </View>
  )
}

/** A failed check: prominent, and nothing of what the code or link claimed. */
export function CertificateInvalid ({ message }: { message: string }) {
  return (
    <View className='card proof proof--invalid' data-testid='proof-invalid' role='alert'>
      <View className='proof__invalid-title'>{TT.certInvalid}</View>
      <View className='proof__invalid-reason'>{message}</View>
      <View className='muted'>{TT.certInvalidHint}</View>
    </View>
  )
}

export function CertificateResult ({ check }: { check: CertificateCheck }) {
  return check.valid
    ? <CertificateCard certificate={check.certificate} qrText={check.code} code={check.code} verified />
    : <CertificateInvalid message={check.message} />
}
