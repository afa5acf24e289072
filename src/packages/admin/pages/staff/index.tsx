import { useCallback, useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, ChoiceGroup, LoadError, Notice, Screen, Skeleton, StateView, TextField } from '../../../../features/ui'
import { ApiError } from '../../../../services/api'
import { copyText } from '../../../../services/media'
import { confirm, toast } from '../../../../services/dialogs'
import { personName } from '../../../../core/schemas/fields'
import { localDateTime } from '../../../../core/local-time'
import { jurisdiction } from '../../../../config/jurisdiction'
import { useSession } from '../../../../features/session'
import { inviteStaff, listStaff, removeStaff, revokeInvite, type PendingInvite, type StaffMember } from '../../../../features/review/api'
import { T } from '../../../../features/review/texts'
import '../../../../features/review/review.scss'

type Role = 'reviewer' | 'admin'
const NameSchema = personName('工作人员姓名')
const roleLabel = (r: Role) => (r === 'admin' ? T.roleAdmin : T.roleReviewer)
const when = (iso: string) => localDateTime(iso, jurisdiction.timezone).slice(0, 16)

/** Admins: who is staff, invite a reviewer with a one-time code, remove someone. */
/** One person on the staff page (a member or an open invite) and what the admin can do to it. */
function PersonRow ({ name, detail, testId, action }: { name: string, detail: string, testId: string, action?: { label: string, testId?: string, run: () => void } }) {
  return (
    <View className='member' data-testid={testId}>
      <View className='member__main'>
        <Text className='member__name'>{name}</Text>
        <Text className='muted'>{detail}</Text>
      </View>
      {action !== undefined ? <View className='member__remove' role='button' data-testid={action.testId} onClick={action.run}>{action.label}</View> : null}
    </View>
  )
}

export default function StaffPage () {
  const { session } = useSession()
  const [members, setMembers] = useState<StaffMember[] | null>(null)
  const [invites, setInvites] = useState<PendingInvite[]>([])
  const [error, setError] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [role, setRole] = useState<Role>('reviewer')
  const [busy, setBusy] = useState(false)
  const [invite, setInvite] = useState<{ code: string, expiresAt: string, name: string } | null>(null)

  const load = useCallback(async () => {
    try {
      const out = await listStaff()
      setMembers(out.members)
      setInvites(out.invites)
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
      await load()
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

  async function revoke (i: PendingInvite) {
    if (!(await confirm({ title: T.revokeTitle, content: T.revokeConfirm(i.name), confirmText: T.revoke, danger: true }))) return
    try {
      await revokeInvite(i.id)
      toast(T.revoked, 'success')
      if (invite?.name === i.name) setInvite(null)
      await load()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : T.revokeFailed)
    }
  }

  if (session !== null && session.role !== 'admin') {
    return <Screen className='review-staff'><StateView kind='warn' title={T.adminOnly} testId='admin-only' /></Screen>
  }
  if (members === null) {
    return <Screen className='review-staff'>{error !== null ? <LoadError message={error} onRetry={() => { setError(null); void load() }} /> : <Skeleton cards={2} />}</Screen>
  }
  return (
    <Screen className='review-staff'>
      {error !== null ? <Notice tone='danger'>{error}</Notice> : null}
      <View className='card' data-testid='invite-form'>
        <View className='card-title'>{T.inviteTitle}</View>
        <TextField label={T.inviteName} path='invite.name' value={name} placeholder={T.inviteNamePlaceholder} error={nameError} maxlength={20} onChange={(v) => { setName(v); setNameError(undefined) }} onBlur={() => { if (name !== '') checkName() }} />
        <ChoiceGroup<Role> label={T.inviteRole} path='invite.role' value={role} row choices={[{ value: 'reviewer', label: T.roleReviewer }, { value: 'admin', label: T.roleAdmin }]} onPick={setRole} />
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
      {invites.length > 0
        ? (
          <View className='card' data-testid='invite-list'>
            <View className='card-title'>{T.invitesTitle}</View>
            {invites.map((i) => (
              <PersonRow key={i.id} testId='pending-invite' name={i.name} detail={`${roleLabel(i.role)} · ${T.inviteExpires(when(i.expiresAt))}`} action={{ label: T.revoke, testId: 'revoke-invite', run: () => { void revoke(i) } }} />
            ))}
          </View>
          )
        : null}
      <View className='card' data-testid='staff-list'>
        <View className='card-title'>{T.staffList}</View>
        {members.map((m) => (
          <PersonRow
            key={m.openid}
            testId='staff-member'
            name={m.name}
            detail={`${roleLabel(m.role)}${m.fromEnvironment ? ` · ${T.fromEnvironment}` : ''}${m.addedAt !== null ? ` · ${T.addedAt} ${when(m.addedAt)}` : ''}`}
            action={!m.fromEnvironment && m.openid !== session?.openid ? { label: T.remove, run: () => { void remove(m) } } : undefined}
          />
        ))}
      </View>
    </Screen>
  )
}
