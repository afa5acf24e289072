import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { can } from '../../core/workflow'
import { hasProof, isAwaitingReview } from '../../core/filing/status'
import { fieldLabel, type LabelContext } from '../../core/schemas/field-labels'
import { localDateTime } from '../../core/dates'
import { ApiError } from '../../services/api'
import { paths } from '../../core/routes'
import { confirm, toast } from '../../services/dialogs'
import { openPage, replacePage } from '../../services/nav'
import { Button, Screen } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { removeLocalDraft } from '../wizard'
import { cancelFiling, deleteDraft, getFiling, withdrawFiling, type FilingDetail as Detail } from './api'
import { ACTION_NOTE, F } from './texts'
import './filing.scss'

const tz = jurisdiction.timezone

/** One filing: status, filing number, return reasons on their fields, the timeline, and the allowed actions. */
export function FilingDetailScreen ({ id }: { id: string }) {
  const [d, setD] = useState<Detail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    try { setD(await getFiling(id)); setError(null) } catch (e) { setError(e instanceof ApiError ? e.message : F.loadFailed) }
  }, [id])
  useDidShow(() => { void load() })

  async function run (message: string, danger: boolean, action: (f: Detail) => Promise<unknown>, after?: () => void) {
    if (d === null || busy) return
    if (!(await confirm({ title: '请确认', content: message, danger }))) return
    setBusy(true)
    try {
      await action(d)
      toast(F.done, 'success')
      if (after) after(); else await load()
    } catch (e) {
      setError(e instanceof ApiError ? e.message : F.loadFailed)
      await load()
    } finally {
      setBusy(false)
    }
  }

  if (d === null) return <Screen className='filing'>{error !== null ? <View className='card error-text'>{error}</View> : <View className='muted'>{F.loading}</View>}</Screen>
  const allowed = (a: Parameters<typeof can>[1]) => can(d.status, a, 'owner')
  const content = d.content as LabelContext
  return (
    <Screen className='filing'>
      <View className='card'>
        <View className='filing-head'>
          <Text className='card-title'>{d.accountNames.length > 0 ? d.accountNames.join('、') : F.unnamed}</Text>
          <Text className={`status status--${d.status}`} data-testid='detail-status'>{d.statusLabel}</Text>
        </View>
        {d.filingNumber ? <View className='filing-number'>{F.number(d.filingNumber)}</View> : null}
        {d.subjectName ? <View className='muted'>{F.subject(d.subjectName)}</View> : null}
        {d.reviewDueDate && isAwaitingReview(d.status) ? <View className='muted'>{F.reviewDue(d.reviewDueDate)}</View> : null}
        {d.status === 'returned' && d.fixBy ? <View className='overdue' data-testid='fix-by'>{F.fixBy(d.fixBy)}</View> : null}
        {d.overdue === true && d.dueDate ? <View className='overdue'>{F.overdue(d.dueDate)}</View> : null}
      </View>
      {error !== null ? <View className='card error-text'>{error}</View> : null}
      {d.status === 'returned' && d.returnReasons.length > 0
        ? (
          <View className='card returned' data-testid='return-reasons'>
            <View className='card-title'>{F.returnedTitle}</View>
            {d.returnReasons.map((r) => (
              <View key={r.field} className='returned__item'>
                <Text className='returned__field'>{fieldLabel(r.field, content)}</Text>
                <Text className='returned__reason'>{r.reason}</Text>
              </View>
            ))}
          </View>
          )
        : null}
      {d.rejectReason ? <View className='card returned'><View className='card-title'>{F.rejectedTitle}</View><View>{d.rejectReason}</View></View> : null}
      <View className='card'>
        <View className='card-title'>{F.actions}</View>
        {d.status === 'draft' ? <Button testId='continue' onTap={() => openPage(paths.wizard({ id: d.id }))}>{F.continueDraft}</Button> : null}
        {allowed('resubmit') ? <Button testId='correct' onTap={() => openPage(paths.wizard({ id: d.id, mode: 'correct' }))}>{F.correct}</Button> : null}
        {hasProof({ ...d, filingNumber: d.filingNumber ?? null }) ? <Button testId='proof' onTap={() => openPage(paths.proof({ id: d.id }))}>{F.proof}</Button> : null}
        {allowed('amend') ? <Button kind='secondary' testId='amend' onTap={() => openPage(paths.wizard({ id: d.id, mode: 'amend' }))}>{F.amend}</Button> : null}
        {allowed('withdraw') ? <Button kind='secondary' busy={busy} testId='withdraw' onTap={() => { void run(F.withdrawConfirm, false, (f) => withdrawFiling(f.id, f.version)) }}>{F.withdraw}</Button> : null}
        {allowed('cancel') ? <Button kind='danger' busy={busy} testId='cancel' onTap={() => { void run(F.cancelConfirm, true, (f) => cancelFiling(f.id, f.version)) }}>{F.cancel}</Button> : null}
        {allowed('delete')
          ? <Button kind='danger' busy={busy} testId='delete' onTap={() => { void run(F.deleteConfirm, true, async (f) => { await deleteDraft(f.id, f.version); removeLocalDraft(f.id) }, () => replacePage(paths.filings())) }}>{F.deleteDraft}</Button>
          : null}
      </View>
      <View className='card' data-testid='timeline'>
        <View className='card-title'>{F.timeline}</View>
        {[...d.timeline].reverse().map((e, i) => (
          <View key={`${e.at}-${i}`} className='tl'>
            <View className='tl__dot' />
            <View className='tl__body'>
              <View className='tl__title'>{ACTION_NOTE[e.action] ?? e.action}{e.toLabel && e.action !== 'save-draft-created' ? ` → ${e.toLabel}` : ''}</View>
              <View className='muted'>{localDateTime(e.at, tz)} · {F.by[e.by] ?? e.by}</View>
              {e.note ? <View className='tl__note'>{e.note}</View> : null}
            </View>
          </View>
        ))}
      </View>
    </Screen>
  )
}
