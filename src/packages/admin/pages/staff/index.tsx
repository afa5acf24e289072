import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Screen, TextField } from '../../../../features/ui'
import { ApiError } from '../../../../services/api'
import { copyText } from '../../../../services/media'
import { confirm, toast } from '../../../../services/dialogs'
import { personName } from '../../../../core/schemas/fields'
import { localDateTime } from '../../../../core/dates'
import { jurisdiction } from '../../../../config/jurisdiction'
import { useSession } from '../../../../features/session'
import { inviteStaff, listStaff, removeStaff, type StaffMember } from '../../../../features/review/api'
import { T } from '../../../../features/review/texts'
import '../../../../features/review/review.scss'

type Role = 'reviewer' | 'admin'
const NameSchema = personName('工作人员姓名')
const roleLabel = (r: Role) => (r === 'admin' ? T.roleAdmin : T.roleReviewer)
const when = (iso: string) => localDateTime(iso, jurisdiction.timezone).slice(0, 16)

/** Admins: who is staff, invite a reviewer with a one-time code, remove someone. */
export default function StaffPage () {
  const { session } = useSession()
  const [members, setMembers] = useState<StaffMember[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [role, setRole] = useState<Role>('reviewer')
  const [busy, setBusy] = useState(false)
  const [invite, setInvite] = useState<{ code: string, expiresAt: string, name: string } | null>(null)

  const load = useCallback(async () => {
    try {
      setMembers(await listStaff())
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : T.loadFailed)
    }
  }, [])
  useEffect(() => { void load() }, [load])

  const checkName = (): string | null => {
    const r = NameSchema.safeParse(name)
    setNameError(r.success ? undefined : r.error.issues[0]?.message)
    return r.success ? r.data : null
  }

  async function sendInvite () {
    const valid = checkName()
    if (valid === null) return
    setBusy(true)
    try {
      const out = await inviteStaff(valid, role)
      setInvite({ ...out, name: valid })
      setName('')
    } catch (e) {
      if (e instanceof ApiError && e.fields.name) setNameError(e.fields.name)
      else setError(e instanceof ApiError ? e.message : '邀请失败，请重试')
    } finally {
      setBusy(false)
    }
  }

  async function remove (m: StaffMember) {
    if (!(await confirm({ title: T.removeConfirmTitle, content: T.removeConfirm(m.name), confirmText: T.remove, danger: true }))) return
    try {
      await removeStaff(m.openid)
      toast(T.removed, 'success')
      await load()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '移除失败，请重试')
    }
  }

  if (session !== null && session.role !== 'admin') {
    return <Screen className='review-staff'><View className='card' data-testid='admin-only'>{T.adminOnly}</View></Screen>
  }
  return (
    <Screen className='review-staff'>
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      <View className='card' data-testid='invite-form'>
        <View className='card-title'>{T.inviteTitle}</View>
        <TextField label={T.inviteName} path='invite.name' value={name} placeholder={T.inviteNamePlaceholder} error={nameError} maxlength={20} onChange={(v) => { setName(v); setNameError(undefined) }} onBlur={() => { if (name !== '') checkName() }} />
        <View className='field-label'>{T.inviteRole}</View>
        <View className='role-pick'>
          {(['reviewer', 'admin'] as const).map((r) => (
            <View key={r} role='radio' aria-checked={role === r} className={`chip chip--wide ${role === r ? 'chip--on' : ''}`} onClick={() => setRole(r)}>
              {role === r ? '✓ ' : ''}{roleLabel(r)}
            </View>
          ))}
        </View>
        <Button testId='invite-submit' busy={busy} onTap={() => { void sendInvite() }}>{T.inviteSubmit}</Button>
        {invite !== null
          ? (
            <View className='invite-code' data-testid='invite-code'>
              <View className='muted'>{invite.name} · {T.inviteCode}</View>
              <Text className='invite-code__value' selectable>{invite.code}</Text>
              <View className='muted'>{T.inviteCodeHint(when(invite.expiresAt))}</View>
              <Button kind='secondary' onTap={() => { void copyText(invite.code).then(() => toast(T.copied, 'success')) }}>{T.copyCode}</Button>
            </View>
            )
          : null}
      </View>
      <View className='card' data-testid='staff-list'>
        <View className='card-title'>{T.staffList}</View>
        {members === null && error === null ? <View className='muted'>{T.loading}</View> : null}
        {members?.map((m) => (
          <View key={m.openid} className='member' data-testid='staff-member'>
            <View className='member__main'>
              <Text className='member__name'>{m.name}</Text>
              <Text className='muted'>{roleLabel(m.role)}{m.fromEnvironment ? ` · ${T.fromEnvironment}` : ''}{m.addedAt !== null ? ` · ${T.addedAt} ${when(m.addedAt)}` : ''}</Text>
            </View>
            {!m.fromEnvironment && m.openid !== session?.openid
              ? <View className='member__remove' role='button' onClick={() => { void remove(m) }}>{T.remove}</View>
              : null}
          </View>
        ))}
      </View>
    </Screen>
  )
}
