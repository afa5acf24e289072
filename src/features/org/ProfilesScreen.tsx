import { useEffect, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { localDate } from '../../core/dates'
import { documentKindLabel, type DocumentKind } from '../../core/schemas/documents'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../core/schemas/subject'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { confirm, toast } from '../../services/dialogs'
import { newId } from '../../services/ids'
import { Button, Cell, CellGroup, LoadError, Notice, PhotoGrid, Screen, Skeleton, StateView } from '../ui'
import { deleteProfile, getProfile, listProfiles, saveProfile, syncProfile, type ProfileDetail, type ProfileItem } from './profiles-api'
import { OT } from './texts'
import './org.scss'

const asError = (e: unknown, fallback: string) => (e instanceof ApiError ? e : new ApiError('internal', fallback))

/**
 * 常用主体: the subjects this applicant keeps for the next filing. `save` (a filing id, from the
 * filing's 保存为常用主体) saves that filing's subject first. Opening one shows its documents and,
 * when approved filings of the same subject differ from it, offers 同步到 N 个备案: one amendment
 * each, reviewed as usual. The server decides; the screen only offers.
 */
export function ProfilesScreen ({ save }: { save?: string }) {
  const [items, setItems] = useState<ProfileItem[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [open, setOpen] = useState<ProfileDetail | null>(null)
  const [busy, setBusy] = useState(false)
  const requestId = useRef(newId('sync-'))

  async function load () {
    try {
      if (save !== undefined && saved === null) {
        const out = await saveProfile(save)
        setSaved(out.created ? OT.profileSaved : OT.profileRefreshed)
      }
      setItems((await listProfiles()).items)
      setError(null)
    } catch (e) {
      setError(asError(e, OT.profileLoadFailed))
      if (items === null) setItems(await listProfiles().then((r) => r.items, () => null))
    }
  }
  useEffect(() => { void load() }, [save])

  async function show (p: ProfileItem) {
    if (open?.id === p.id) { setOpen(null); return }
    setBusy(true)
    try {
      setOpen(await getProfile(p.id))
      setError(null)
    } catch (e) {
      setError(asError(e, OT.profileLoadFailed))
    } finally {
      setBusy(false)
    }
  }

  async function remove (p: ProfileDetail) {
    if (!await confirm({ title: OT.profileDeleteTitle, content: OT.profileDeleteConfirm, confirmText: OT.profileDelete, danger: true })) return
    setBusy(true)
    try {
      await deleteProfile(p.id, p.version)
      toast(OT.profileDeleted, 'success')
      setOpen(null)
      await load()
    } catch (e) {
      setError(asError(e, OT.profileActionFailed))
    } finally {
      setBusy(false)
    }
  }

  async function sync (p: ProfileDetail) {
    if (!await confirm({ title: OT.profileSyncTitle, content: OT.profileSyncConfirm(p.stale.length), confirmText: OT.profileSyncShort, danger: false })) return
    setBusy(true)
    try {
      const out = await syncProfile(p.id, p.version, p.stale.map((f) => f.id), requestId.current)
      requestId.current = newId('sync-')
      toast(OT.profileSynced(out.items.length), 'success')
      setOpen(await getProfile(p.id))
    } catch (e) {
      setError(asError(e, OT.profileActionFailed))
    } finally {
      setBusy(false)
    }
  }

  if (items === null) {
    return (
      <Screen className='org'>
        {error !== null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { setError(null); void load() }} /> : <Skeleton cards={2} />}
      </Screen>
    )
  }
  return (
    <Screen className='org'>
      <View className='card'>
        <View className='card-title'>{OT.profilesTitle}</View>
        <View className='muted'>{OT.profilesIntro}</View>
      </View>
      {saved !== null ? <Notice tone='success' testId='profile-saved'>{saved}</Notice> : null}
      {error !== null ? <Notice tone='danger' testId='org-error'>{error.message}</Notice> : null}
      {items.length === 0
        ? <StateView kind='empty' title={OT.profilesEmpty} body={OT.profilesEmptyHint} testId='profiles-empty' />
        : (
          <CellGroup testId='profiles'>
            {items.map((p) => (
              <View key={p.id}>
                <Cell label={p.name} value={SUBJECT_TYPE_LABELS[p.subjectType]} hint={[p.code, OT.profileUpdated(localDate(p.updatedAt, jurisdiction.timezone))].filter((s) => s !== '').join(' · ')} stacked onTap={() => { void show(p) }} testId='profile' />
                {open?.id === p.id ? <ProfileBody p={open} type={p.subjectType} busy={busy} onSync={() => { void sync(open) }} onDelete={() => { void remove(open) }} /> : null}
              </View>
            ))}
          </CellGroup>
          )}
    </Screen>
  )
}

function ProfileBody ({ p, type, busy, onSync, onDelete }: { p: ProfileDetail, type: SubjectType, busy: boolean, onSync: () => void, onDelete: () => void }) {
  const photos = p.documents.map((d, i) => ({
    key: `${d.fileId}-${i}`,
    label: documentKindLabel(d.kind as DocumentKind, type, typeof p.subject.idType === 'string' ? p.subject.idType : undefined),
    url: p.documentLinks[d.fileId],
    pdf: d.format === 'pdf' ? { pages: d.pages ?? 1 } : undefined
  }))
  return (
    <View className='card' data-testid='profile-body'>
      <PhotoGrid photos={photos} missing={OT.profileNoDocuments} testId='profile-documents' />
      {p.stale.length > 0
        ? (
          <View data-testid='profile-stale'>
            <Notice tone='warn'>{OT.profileStale(p.stale.length, p.stale.map((f) => f.filingNumber ?? f.accountNames.join('、')).join('；'))}</Notice>
            <Button testId='profile-sync' busy={busy} onTap={onSync}>{OT.profileSync(p.stale.length)}</Button>
          </View>
          )
        : null}
      <Button kind='danger' testId='profile-delete' busy={busy} onTap={onDelete}>{OT.profileDelete}</Button>
    </View>
  )
}
