import { useEffect, useState } from 'react'
import { View, Input, Text } from '@tarojs/components'
import { validateLandline, validateMobile } from '../../core/validators/phone'
import { ApiError } from '../../services/api'
import { phoneStatus, sendPhoneCode, verifyPhoneCode } from './api'
import { TT } from './texts'
import './trust.scss'

/**
 * SMS verification under a phone field: get a code, type it, see ✓. Landlines cannot receive one
 * (the reviewer may call instead). Advisory: an unverified mobile is flagged to the reviewer.
 */
export function PhoneVerify ({ phone, path }: { phone: string | undefined, path: string }) {
  const value = (phone ?? '').trim()
  const mobile = value !== '' && validateMobile(value).ok
  const [verified, setVerified] = useState(false)
  const [sent, setSent] = useState<string | null>(null)
  const [wait, setWait] = useState(0)
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    setVerified(false)
    setSent(null)
    setCode('')
    setError(null)
    if (!mobile) return
    let live = true
    phoneStatus([value]).then((v) => { if (live) setVerified(v.length > 0) }, () => undefined)
    return () => { live = false }
  }, [value, mobile])

  useEffect(() => {
    if (wait <= 0) return
    const t = setTimeout(() => setWait((s) => s - 1), 1000)
    return () => clearTimeout(t)
  }, [wait])

  if (value === '') return null
  if (!mobile) return validateLandline(value).ok ? <View className='muted phone-verify' data-testid={`${path}-landline`}>{TT.phoneLandline}</View> : null
  if (verified) return <View className='phone-verify phone-verify__ok' data-testid={`${path}-verified`} role='status'>{TT.phoneVerified}</View>

  async function send () {
    setBusy(true)
    setError(null)
    try {
      const r = await sendPhoneCode(value)
      setSent(r.sentTo)
      setWait(r.resendAfterSeconds)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '发送失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  async function verify () {
    setBusy(true)
    setError(null)
    try {
      await verifyPhoneCode(value, code)
      setVerified(true)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '验证失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='phone-verify' data-testid={`${path}-verify`}>
      <View className='phone-verify__row'>
        <View
          role='button'
          aria-disabled={busy || wait > 0}
          className={`phone-verify__btn ${busy || wait > 0 ? 'phone-verify__btn--off' : ''}`}
          data-testid={`${path}-verify-send`}
          onClick={() => { if (!busy && wait <= 0) void send() }}
        >
          {wait > 0 ? TT.phoneResend(wait) : TT.phoneGetCode}
        </View>
        {sent !== null
          ? (
            <Input
              className='field-input phone-verify__code'
              data-testid={`${path}-verify-code`}
              aria-label={TT.phoneCodeLabel}
              type='number'
              maxlength={6}
              value={code}
              placeholder={TT.phoneCodePlaceholder}
              onInput={(e) => setCode(e.detail.value.replace(/\D/g, ''))}
            />
            )
          : null}
        {sent !== null
          ? <View role='button' aria-disabled={code.length !== 6 || busy} className={`phone-verify__btn ${code.length !== 6 ? 'phone-verify__btn--off' : ''}`} data-testid={`${path}-verify-submit`} onClick={() => { if (code.length === 6 && !busy) void verify() }}>{TT.phoneVerify}</View>
          : null}
      </View>
      {sent !== null ? <Text className='muted'>{TT.phoneSent(sent)}</Text> : <Text className='muted'>{TT.phoneWhy}</Text>}
      {error !== null ? <View className='error-text' role='alert'>{error}</View> : null}
    </View>
  )
}
