import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text, Textarea } from '@tarojs/components'
import { MAX_EVIDENCE_FILES } from '../../core/supervision/case-steps'
import { localDateTime } from '../../core/local-time'
import { AttachmentPicker } from '../capture'
import { Button, FieldFrame, Screen } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { knownSession, useSession } from '../session'
import { ApiError } from '../../services/api'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { requestSubscription } from '../../services/subscribe'
import { getMyCase, submitEvidence, type OperatorCase } from './case-api'
import { SUP } from './case-texts'
import './filing.scss'


/** The operator's view of a supervision case: what the office requires, by when, the notices, and evidence of the fix. */
export function OperatorCaseScreen ({ id }: { id: string }) {
  const [c, setC] = useState<OperatorCase | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [files, setFiles] = useState<string[]>([])
  const [note, setNote] = useState('')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)
  useSession()
  const load = useCallback(async () => {
    try { setC(await getMyCase(id)); setError(null) } catch (e) { setError(e instanceof ApiError ? e.message : SUP.noticeFailed) }
  }, [id])
  useDidShow(() => { void load() })

  async function send () {
    if (c === null || busy) return
    if (files.length === 0) { setFields({ files: SUP.evidenceFilesMissing }); return }
    if (note.trim().length < 4) { setFields({ note: SUP.evidenceNoteShort }); return }
    // Asked in the tap, before any await: the verdict is the message the operator waits for.
    const tmpl = knownSession()?.caseTemplateId
    const consent = requestSubscription(tmpl ? [tmpl] : [])
    setBusy(true)
    try {
      setC(await submitEvidence(c, files, note.trim(), await consent))
      setDone(true)
      setFields({})
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : SUP.noticeFailed)
      if (e instanceof ApiError) setFields(e.fields)
    } finally {
      setBusy(false)
    }
  }

  if (c === null) return <Screen className='filing'>{error !== null ? <View className='card error-text' role='alert'>{error}</View> : <View className='muted'>{SUP.noticeLoading}</View>}</Screen>
  return (
    <Screen className='filing op-case'>
      <View className='card'>
        <View className='filing-head'>
          <Text className='card-title'>{`${c.platformName}“${c.accountName}”`}</Text>
          <Text className={`status ${c.overdue ? 'status--returned' : ''}`} data-testid='op-case-stage'>{c.stageLabel}</Text>
        </View>
        <View className='muted'>{SUP.caseNumber(c.caseNumber)}</View>
        {c.closeOutcomeLabel ? <View className='filing-number'>{SUP.closed(c.closeOutcomeLabel)}</View> : null}
      </View>
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      {done ? <View className='card op-done' role='alert' data-testid='evidence-done'>{SUP.evidenceDone}</View> : null}
      {c.rectificationItems.length > 0
        ? (
          <View className='card returned' data-testid='op-case-items'>
            <View className='card-title'>{SUP.items}</View>
            {c.rectificationItems.map((it, n) => <View key={it} className='returned__item'><Text className='returned__reason'>{`${n + 1}. ${it}`}</Text></View>)}
            {c.deadline ? <View className={c.overdue ? 'overdue' : 'muted'}>{SUP.deadline(c.deadline)}</View> : null}
          </View>
          )
        : null}
      {c.notices.length > 0
        ? (
          <View className='card' data-testid='op-case-notices'>
            <View className='card-title'>{SUP.notices}</View>
            {c.notices.map((n) => <Button key={n.stepId} kind='secondary' testId={`open-notice-${n.kind}`} onTap={() => openPage(paths.notice({ caseId: c.id, stepId: n.stepId }))}>{SUP.openNotice(n.title)}</Button>)}
          </View>
          )
        : null}
      {c.canSubmitEvidence
        ? (
          <View className='card' data-testid='op-case-evidence'>
            <View className='card-title'>{SUP.evidenceTitle}</View>
            <View className='muted'>{SUP.evidenceIntro}</View>
            <FieldFrame label='' path='files' error={fields.files}>
              <AttachmentPicker kind='rectification_evidence' caseId={c.id} max={MAX_EVIDENCE_FILES} onChange={(f) => { setFiles(f); setFields({}) }} />
            </FieldFrame>
            <FieldFrame label={SUP.evidenceNote} path='note' error={fields.note}>
              <Textarea className={`field-input op-textarea ${fields.note ? 'field-input--error' : ''}`} data-testid='evidence-note' value={note} maxlength={600} placeholder={SUP.evidenceNotePlaceholder} onInput={(e) => { setNote(e.detail.value); setFields({}) }} />
            </FieldFrame>
            <Button testId='evidence-submit' busy={busy} onTap={() => { void send() }}>{SUP.evidenceSubmit}</Button>
          </View>
          )
        : null}
      <View className='card'>
        <View className='card-title'>{SUP.steps}</View>
        {c.steps.map((s) => (
          <View key={s.id} className='op-step'>
            <Text className='op-step__what'>{s.label}</Text>
            <Text className='muted'>{` ${localDateTime(s.at, jurisdiction.timezone)}${s.deadline ? ` · ${SUP.deadline(s.deadline)}` : ''}`}</Text>
          </View>
        ))}
      </View>
    </Screen>
  )
}
