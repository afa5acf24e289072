import { useState } from 'react'
import { paths } from '../../../../core/routes'
import { replacePage } from '../../../../services/nav'
import { View } from '@tarojs/components'
import { Button, Screen, TextField } from '../../../../features/ui'
import { ApiError } from '../../../../services/api'
import { isStaff, loadSession, useSession } from '../../../../features/session'
import { redeemInvite } from '../../../../features/review/api'
import { T } from '../../../../features/review/texts'
import '../../../../features/review/review.scss'

/**
 * Where an invited office worker enters the one-time code an admin gave them. The backend
 * checks the code (format, expiry, single use); afterwards the 审核 tab appears.
 */
export default function RedeemPage () {
  const { session } = useSession()
  const [code, setCode] = useState('')
  const [idNumber, setIdNumber] = useState('')
  const [mobile, setMobile] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [error, setError] = useState<string | undefined>()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  async function redeem () {
    const value = code.trim().toUpperCase()
    if (value === '') { setError('请输入邀请码'); return }
    setBusy(true)
    try {
      const out = await redeemInvite(value, idNumber.trim(), mobile.trim())
      await loadSession(true)
      setDone(T.redeemDone(out.staffName, out.role === 'admin' ? T.roleAdmin : T.roleReviewer))
      setError(undefined)
      setErrors({})
    } catch (e) {
      if (e instanceof ApiError && (e.fields.idNumber || e.fields.mobile)) { setErrors(e.fields); setError(undefined); return }
      setError(e instanceof ApiError ? (e.fields.code ? `${e.fields.code}：${e.message}` : e.message) : '登记失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  const already = done === null && isStaff(session)
  return (
    <Screen className='review-redeem'>
      <View className='card'>
        <View className='card-title'>{T.redeemTitle}</View>
        <View className='muted'>{T.redeemIntro}</View>
      </View>
      {done !== null || already
        ? (
          <View className='card' data-testid='redeem-done'>
            <View>{done ?? T.greeting(session?.staffName ?? T.staffFallbackName)}</View>
            <Button testId='go-review' onTap={() => replacePage(paths.review())}>{T.goReview}</Button>
          </View>
          )
        : (
          <View className='card'>
            <TextField label={T.redeemCode} path='invite.code' value={code} placeholder={T.redeemPlaceholder} error={error} maxlength={16} onChange={(v) => { setCode(v); setError(undefined) }} />
            <TextField label={T.redeemIdNumber} path='invite.idNumber' value={idNumber} type='idcard' error={errors.idNumber} maxlength={18} onChange={(v) => { setIdNumber(v); setErrors({ ...errors, idNumber: '' }) }} />
            <TextField label={T.redeemMobile} path='invite.mobile' value={mobile} type='number' error={errors.mobile} maxlength={11} onChange={(v) => { setMobile(v); setErrors({ ...errors, mobile: '' }) }} />
            <View className='muted'>{T.redeemWhy}</View>
            <Button testId='redeem-submit' busy={busy} onTap={() => { void redeem() }}>{T.redeemSubmit}</Button>
          </View>
          )}
    </Screen>
  )
}
