import { useState } from 'react'
import { useLoad } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ApiError } from '../../services/api'
import { paths } from '../../core/routes'
import { openPage, pageQuery } from '../../services/nav'
import { scrollIntoView } from '../../services/scroll'
import { Button, Cell, CellGroup, ChoiceGroup, FieldFrame, Notice, Screen, SelectField, TextField } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { knownSession, useSession } from '../session'
import { AttachmentPicker } from '../capture'
import { MAX_REPORT_EVIDENCE } from '../../core/supervision/report'
import { requestSubscription } from '../../services/subscribe'
import { reportAccount, type ReportResult } from './api'
import { pick, platformOptions, reportErrors, type Errors, type ReportDraft } from './forms'
import { DETAILS_MAX, REPORT_REASONS, publicTexts, type ReportReason } from './texts'
import './public.scss'

const t = publicTexts(jurisdiction)
const PLATFORMS = platformOptions(jurisdiction, t)
const EMPTY: ReportDraft = { accountName: '', details: '' }

/** 举报: platform, account, reason, details → a confidential report and its confirmation. */
export function Report () {
  const R = t.report
  const [draft, setDraft] = useState<ReportDraft>(EMPTY)
  const [errors, setErrors] = useState<Errors>({})
  const [failure, setFailure] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<ReportResult | null>(null)
  const [evidence, setEvidence] = useState<string[]>([])
  const [pickerKey, setPickerKey] = useState(0)
  // The session (and so the reply template) is known before the submit tap, where no await may come first.
  useSession()

  // Arriving from a lookup that found nothing: the account is already known.
  useLoad(() => {
    const q = pageQuery()
    const platform = PLATFORMS.some((p) => p.value === q.platform) ? q.platform : undefined
    if (platform !== undefined || q.accountName) setDraft({ ...EMPTY, platform, accountName: (q.accountName ?? '').slice(0, 60) })
  })

  function update (patch: Partial<ReportDraft>) {
    const next = { ...draft, ...patch }
    setDraft(next)
    setFailure(null)
    // A field already marked wrong re-checks as it is corrected, so the message goes away.
    const keys = Object.keys(patch).filter((k) => errors[k])
    if (keys.length > 0) {
      const rest = { ...errors }
      for (const k of keys) delete rest[k]
      setErrors({ ...rest, ...pick(reportErrors(next, t), keys) })
    }
  }
  const leave = (key: keyof ReportDraft) => {
    const rest = { ...errors }
    delete rest[key]
    setErrors({ ...rest, ...pick(reportErrors(draft, t), [key]) })
  }

  async function submit () {
    if (busy) return
    const e = reportErrors(draft, t)
    setErrors(e)
    if (Object.keys(e).length > 0 || draft.platform === undefined || draft.reason === undefined) { setFailure(R.fixAbove); scrollIntoView('.field-error'); return }
    // Asked inside the tap, before any await: WeChat shows the prompt only then. One reply per consent.
    const reply = knownSession()?.reportTemplateId
    const consent = requestSubscription(reply ? [reply] : [])
    setFailure(null)
    setBusy(true)
    try {
      const subscribed = await consent
      setDone(await reportAccount({ platform: draft.platform, accountName: draft.accountName.trim(), reason: draft.reason, details: draft.details.trim(), evidence, subscribed }))
      scrollIntoView('.page')
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fields).length > 0) { setErrors(err.fields); setFailure(R.fixAbove) } else setFailure(err instanceof ApiError ? err.message : String(err))
    } finally {
      setBusy(false)
    }
  }

  if (done !== null) {
    return (
      <Screen className='pub'>
        <View className='pub-done' data-testid='report-done'>
          <View className='pub-done__icon icon--success' />
          <Text className='pub-done__title'>{R.doneTitle}</Text>
          <Text className='pub-p pub-strong'>{done.message}</Text>
          <CellGroup>
            <Cell label={R.doneRefLabel} value={done.receiptNumber} testId='report-receipt' />
          </CellGroup>
          <View className='pub-p'>{R.doneNote}</View>
          <View className='muted'>{R.doneKeep}</View>
          <Button kind='secondary' testId='report-progress' onTap={() => openPage(paths.receipt(done.receiptNumber))}>{R.progress}</Button>
          <View className='muted pub-note'>{R.privacy}</View>
          <Button testId='report-home' onTap={() => openPage(paths.home())}>{R.home}</Button>
          <Button kind='plain' testId='report-another' onTap={() => { setDone(null); setDraft(EMPTY); setErrors({}); setEvidence([]); setPickerKey((k) => k + 1) }}>{R.another}</Button>
        </View>
      </Screen>
    )
  }

  return (
    <Screen className='pub'>
      <View className='page-title'>{R.title}</View>
      <View className='page-lead'>{R.intro}</View>
      <View className='notice-bar notice-bar--success pub-privacy' data-testid='report-privacy'>{R.privacy}</View>
      <View className='card'>
        <SelectField label={R.platform} path='platform' value={draft.platform} options={PLATFORMS} error={errors.platform} onPick={(v) => update({ platform: v })} />
        <TextField
          label={R.accountName}
          path='accountName'
          value={draft.accountName}
          placeholder={R.accountNamePlaceholder}
          maxlength={60}
          error={errors.accountName}
          onChange={(v) => update({ accountName: v })}
          onBlur={() => leave('accountName')}
        />
        <ChoiceGroup<ReportReason>
          label={R.reason}
          path='reason'
          value={draft.reason}
          choices={REPORT_REASONS.map((r) => ({ value: r.value, label: r.label }))}
          error={errors.reason}
          onPick={(v) => update({ reason: v })}
        />
        <TextField
          label={R.details}
          optional
          multiline
          path='details'
          value={draft.details}
          maxlength={DETAILS_MAX}
          placeholder={R.detailsPlaceholder}
          error={errors.details}
          hint={R.detailsCount(draft.details.trim().length)}
          onChange={(v) => update({ details: v })}
          onBlur={() => leave('details')}
        />
        <FieldFrame label={R.evidence} path='evidence' error={errors.evidence} hint={R.evidenceHint}>
          <AttachmentPicker key={pickerKey} kind='report_evidence' max={MAX_REPORT_EVIDENCE} onChange={setEvidence} />
        </FieldFrame>
        {failure !== null ? <Notice tone='danger' testId='report-failure'>{failure}</Notice> : null}
        <Button testId='report-submit' busy={busy} onTap={() => { void submit() }}>{R.submit}</Button>
      </View>
    </Screen>
  )
}
