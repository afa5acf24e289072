/**
 * 使用常用主体 on step 1: when the applicant keeps subject profiles, one tap fills the subject and
 * the subject's document slots (shown as provided on step 3, thumbnails through the short-lived
 * links the profile's answer carries); everything stays editable. Its own component so step 1's
 * other additions merge cleanly. Shown on a new filing only: a correction or an amendment starts
 * from the filing's own subject.
 */
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { applyProfile, type ProfileContent } from '../../../core/org/profiles'
import type { DraftContent } from '../../../core/schemas/filing'
import { SUBJECT_TYPE_LABELS, type SubjectType } from '../../../core/schemas/subject'
import { Button, Cell, CellGroup, Notice } from '../../ui'
import { getProfile, listProfiles, type ProfileItem } from '../api'
import type { Wizard } from '../useWizard'
import { T } from '../texts'

/** The list as last answered in this session: going back to step 1 shows it at once (and asks again). */
let known: ProfileItem[] | null = null

/**
 * The applicant's subject profiles for a new filing: null while the first answer is awaited (step 1
 * then shows a skeleton: a list arriving above the form would push 个人 / 企业或单位 away from under
 * a finger already reaching for them), an empty list without profiles or without network.
 */
export function useProfileList (fresh: boolean): ProfileItem[] | null {
  const [items, setItems] = useState<ProfileItem[] | null>(known)
  useEffect(() => {
    if (!fresh) return
    let live = true
    // No profiles, or no network: step 1 is simply the form (the list is a shortcut, never a gate).
    listProfiles().then((r) => r.items, () => known ?? []).then((list) => {
      known = list
      if (live) setItems(list)
    })
    return () => { live = false }
  }, [fresh])
  return fresh ? items : []
}

export function ProfilePick ({ w, items, onType }: { w: Wizard, items: ProfileItem[], onType: (t: SubjectType) => void }) {
  const [busy, setBusy] = useState<string | null>(null)
  const [used, setUsed] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)

  if (items.length === 0) return null

  async function pick (item: ProfileItem) {
    setBusy(item.id)
    setFailed(false)
    try {
      const got = await getProfile(item.id)
      const profile = { subject: got.subject, documents: got.documents } as ProfileContent
      for (const [fileId, url] of Object.entries(got.documentLinks)) w.addLink(fileId, url)
      onType(profile.subject.type)
      w.update('subject', profile.subject)
      // From the latest documents (an upload may have finished meanwhile): the form and screenshots stay.
      w.modify('documents', (cur) => applyProfile({ documents: cur as DraftContent['documents'] }, profile).documents)
      setUsed(item.name)
    } catch {
      setFailed(true)
    } finally {
      setBusy(null)
    }
  }

  return (
    <View className='card' data-testid='profile-pick'>
      <View className='card-title'>{T.profileTitle}</View>
      <Text className='hint'>{T.profileHint}</Text>
      {used !== null ? <Notice tone='success' testId='profile-used'>{T.profileUsed(used)}</Notice> : null}
      {failed ? <Notice tone='warn'>{T.profileFailed}</Notice> : null}
      <CellGroup>
        {items.map((p) => (
          <Cell key={p.id} label={p.name} value={SUBJECT_TYPE_LABELS[p.subjectType]} hint={[p.code, p.documents.join('、')].filter((s) => s !== '').join(' · ')} stacked testId={`profile-${p.id}`}>
            <Button kind='secondary' inline testId='profile-use' busy={busy === p.id} busyText={T.profileBusy} onTap={() => { void pick(p) }}>{T.profileUse}</Button>
          </Cell>
        ))}
      </CellGroup>
    </View>
  )
}
