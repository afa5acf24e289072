import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { can } from '../../core/workflow'
import { hasProof, isAwaitingReview, isEditable } from '../../core/filing/status'
import { fieldLabel, type LabelContext } from '../../core/schemas/field-labels'
import { describeContent } from '../../core/filing/describe'
import { maskIdNumber } from '../../core/mask'
import { statusTone } from '../../core/status'
import { localDateTime } from '../../core/local-time'
import { ApiError } from '../../services/api'
import { paths } from '../../core/routes'
import { confirm, toast } from '../../services/dialogs'
import { openPage, replacePage } from '../../services/nav'
import { Button, Cell, CellGroup, LoadError, Notice, PhotoGrid, Screen, Skeleton, Tag } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { removeLocalDraft } from '../wizard'
import { PrincipalCodeCard } from '../agency'
import { cancelFiling, deleteDraft, getFiling, withdrawFiling, type FilingDetail as Detail } from './api'
import { ACTION_NOTE, F } from './texts'
import './filing.scss'

const tz = jurisdiction.timezone

/** What was filed, as it will be read: every field (ID numbers masked even to their owner here) and the photos. */
function Content ({ d }: { d: Detail }) {
  const sections = describeContent(d.content, jurisdiction)
  const photos = (d.content.documents ?? []).map((doc, i) => ({ key: `${doc.fileId}-${i}`, label: fieldLabel(`documents.${doc.kind}`, d.content as LabelContext), url: d.documentLinks[doc.fileId] }))
  return (
    <View data-testid='filed-content'>
      <View className='section-title'>{F.contentTitle}</View>
      {sections.map((s) => (
        <CellGroup key={s.key} title={s.title}>
          {s.rows.map((r) => <Cell key={r.path} label={r.label} value={r.sensitive ? maskIdNumber(r.value) : r.value} />)}
        </CellGroup>
      ))}
      {photos.length > 0
        ? (
          <View className='card'>
            <View className='card-title'>{F.documentsTitle}</View>
            <PhotoGrid photos={photos} missing={F.photoGone} />
          </View>
          )
        : null}
    </View>
  )
}

/** One filing: status, filing number, return reasons on their fields, what was filed, the timeline, and the allowed actions. */
export function FilingDetailScreen ({ id }: { id: string }) {
  const [d, setD] = useState<Detail | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try { setD(await getFiling(id)); setError(null) } catch (e) { setError(e instanceof ApiError ? e : new ApiError('internal', F.loadFailed)) }
  }, [id])
  useDidShow(() => { void load() })

  async function run (ask: { title: string, content: string, confirmText: string, danger: boolean }, action: (f: Detail) => Promise<unknown>, after?: () => void) {
    if (d === null || busy) return
    if (!(await confirm(ask))) return
    setBusy(true)
    try {
      await action(d)
      toast(F.done, 'success')
      if (after) after(); else await load()
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError('internal', F.loadFailed))
      await load()
    } finally {
      setBusy(false)
    }
  }

  if (d === null) {
    return (
      <Screen className='filing'>
        {error !== null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { setError(null); void load() }} /> : <Skeleton cards={3} lines={3} />}
      </Screen>
    )
  }
  const allowed = (a: Parameters<typeof can>[1]) => can(d.status, a, 'owner')
  const content = d.content as LabelContext
  const timeline = [...d.timeline].reverse()
  return (
    <Screen className='filing'>
      <View className='card'>
        <View className='filing-head'>
          <Text className='filing-head__name'>{d.accountNames.length > 0 ? d.accountNames.join('、') : F.unnamed}</Text>
          <Tag tone={statusTone(d.status)} testId='detail-status'>{d.statusLabel}</Tag>
        </View>
        {d.filingNumber ? <View className='filing-number'>{F.number(d.filingNumber)}</View> : null}
        {d.subjectName ? <View className='muted'>{F.subject(d.subjectName)}</View> : null}
        {d.reviewDueDate && isAwaitingReview(d.status) ? <View className='muted'>{F.reviewDue(d.reviewDueDate)}</View> : null}
        {d.status === 'returned' && d.fixBy ? <View className='overdue' data-testid='fix-by'>{F.fixBy(d.fixBy)}</View> : null}
        {d.overdue === true && d.dueDate ? <View className='overdue'>{F.overdue(d.dueDate)}</View> : null}
      </View>
      {error !== null ? <Notice tone='danger'>{error.message}</Notice> : null}
      {d.status === 'returned' && d.returnReasons.length > 0
        ? (
          <CellGroup title={F.returnedTitle} testId='return-reasons'>
            {d.returnReasons.map((r) => <Cell key={r.field} label={fieldLabel(r.field, content)} value={r.reason} stacked />)}
          </CellGroup>
          )
        : null}
      {d.awaitingPrincipal ? <PrincipalCodeCard id={d.id} /> : null}
      {d.change !== null ? <Notice tone={d.change.status === 'overdue' ? 'danger' : 'warn'} testId='upkeep-change'>{F.changeDue(d.change.kindsLabel, d.change.statusLabel)}</Notice> : null}
      {d.rejectReason ? <View className='card card--danger'><View className='card-title'>{F.rejectedTitle}</View><View>{d.rejectReason}</View></View> : null}
      <View className='card filing-actions'>
        {d.status === 'draft' ? <Button testId='continue' onTap={() => openPage(paths.wizard({ id: d.id }))}>{F.continueDraft}</Button> : null}
        {allowed('resubmit') ? <Button testId='correct' onTap={() => openPage(paths.wizard({ id: d.id, mode: 'correct' }))}>{F.correct}</Button> : null}
        {hasProof({ ...d, filingNumber: d.filingNumber ?? null }) ? <Button testId='proof' onTap={() => openPage(paths.proof({ id: d.id }))}>{F.proof}</Button> : null}
        {isEditable(d.status) ? <Button kind='secondary' testId='bulk' onTap={() => openPage(paths.orgBulk(d.id))}>{F.bulk}</Button> : null}
        <Button kind='secondary' testId='managers' onTap={() => openPage(paths.orgManagers(d.id))}>{F.managers}</Button>
        {d.submittedAt !== null || d.hasApprovedVersion ? <Button kind='secondary' testId='save-profile' onTap={() => openPage(paths.orgProfiles({ save: d.id }))}>{F.saveProfile}</Button> : null}
        {allowed('amend') ? <Button kind='secondary' testId='amend' onTap={() => openPage(paths.wizard({ id: d.id, mode: 'amend' }))}>{F.amend}</Button> : null}
        {allowed('withdraw') ? <Button kind='secondary' busy={busy} testId='withdraw' onTap={() => { void run({ title: F.withdrawTitle, content: F.withdrawConfirm, confirmText: F.withdraw, danger: false }, (f) => withdrawFiling(f.id, f.version)) }}>{F.withdraw}</Button> : null}
        {allowed('cancel') ? <Button kind='danger' busy={busy} testId='cancel' onTap={() => { void run({ title: F.cancelTitle, content: F.cancelConfirm, confirmText: F.cancelShort, danger: true }, (f) => cancelFiling(f.id, f.version)) }}>{F.cancel}</Button> : null}
        {allowed('delete')
          ? <Button kind='danger' busy={busy} testId='delete' onTap={() => { void run({ title: F.deleteDraft, content: F.deleteConfirm, confirmText: F.deleteShort, danger: true }, async (f) => { await deleteDraft(f.id, f.version); removeLocalDraft(f.id) }, () => replacePage(paths.filings())) }}>{F.deleteDraft}</Button>
          : null}
      </View>
      <Content d={d} />
      <View className='card' data-testid='timeline'>
        <View className='card-title'>{F.timeline}</View>
        {timeline.length === 0 || (timeline.length === 1 && timeline[0].action === 'save-draft-created')
          ? <View className='muted' data-testid='timeline-empty'>{F.timelineEmpty}</View>
          : null}
        {timeline.map((e, i) => (
          <View key={`${e.at}-${i}`} className='tl'>
            <View className={`tl__dot ${i === 0 ? 'tl__dot--now' : ''}`} />
            <View className='tl__body'>
              <View className='tl__title'>
                <Text>{ACTION_NOTE[e.action] ?? e.action}</Text>
                {e.toLabel && e.action !== 'save-draft-created' && e.to !== null ? <Tag tone={statusTone(e.to)}>{e.toLabel}</Tag> : null}
              </View>
              <View className='muted'>{localDateTime(e.at, tz)} · {F.by[e.by] ?? e.by}</View>
              {e.note ? <View className='tl__note'>{e.note}</View> : null}
            </View>
          </View>
        ))}
      </View>
    </Screen>
  )
}
