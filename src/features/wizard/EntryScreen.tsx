import { useCallback, useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { ENTRY_CHANNELS, INTAKE_CHANNEL_LABELS, type EntryChannel } from '../../core/intake/channels'
import { localDate } from '../../core/dates'
import { documentKindLabel, type DocumentRef } from '../../core/schemas/documents'
import type { FieldErrors } from '../../core/result'
import { jurisdiction } from '../../config/jurisdiction'
import { paths } from '../../core/routes'
import { ApiError } from '../../services/api'
import { confirm } from '../../services/dialogs'
import { newId } from '../../services/ids'
import { openPage, replacePage } from '../../services/nav'
import { DocumentSlot } from '../capture'
import { useSession } from '../session'
import { Button, ChoiceGroup, DateField, FieldMessage, LoadError, Notice, ProblemsProvider, ProblemSummary, Screen, Skeleton, StateView, type Shown } from '../ui'
import { enterFiling, IT } from '../intake'
import { removeLocalDraft } from './local-draft'
import { SubjectStep } from './components/SubjectStep'
import { AccountsStep } from './components/AccountsStep'
import { DocumentsStep, withDocument } from './components/DocumentsStep'
import { ENTRY_KEY, useWizard, type Wizard } from './useWizard'
import type { DraftDocument } from './model'
import { firstStepWithErrors } from './validation'
import './wizard.scss'

const CHANNELS = ENTRY_CHANNELS.map((c) => ({ value: c, label: INTAKE_CHANNEL_LABELS[c] }))

/**
 * The last step of a staff entry: how and when the materials arrived, then 提交审核. The checks are
 * the submission's own (core, on the server); a refused field takes the staff member back to the
 * step that holds it. An individual's signature is the signed paper form, photographed.
 */
function FinishStep ({ w, onDone }: { w: Wizard, onDone: (id: string) => void }) {
  const today = localDate(new Date(), jurisdiction.timezone)
  const [channel, setChannel] = useState<EntryChannel | undefined>()
  const [receivedOn, setReceivedOn] = useState(today)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  // One id per visit of this screen: a retried tap replays, never enters twice.
  const requestId = useRef(newId('req-'))
  const content = w.draft?.content ?? {}
  const individual = content.subject?.type === 'individual'
  const signature = (content.documents ?? []).find((d) => d.kind === 'signature') as DocumentRef | undefined

  async function submit () {
    if (busy) return
    if (channel === undefined) { setErrors({ channel: '请选择材料来源（电子邮件、纸质材料或现场递交）' }); return }
    setBusy(true)
    setErrors({})
    try {
      const out = await enterFiling(content, channel, receivedOn, requestId.current)
      onDone(out.id)
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError('internal', IT.failed)
      const fields = err.fields
      const step = firstStepWithErrors(fields)
      if (step !== null && step < 3) { w.goTo(step); w.setErrors(fields, err.message); return }
      setErrors({ ...fields, form: err.message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      {individual
        ? (
          <View className='card' data-field='documents.signature'>
            <DocumentSlot
              kind='signature'
              label={`${documentKindLabel('registration_form', 'individual')}签名页`}
              filingId=''
              value={signature}
              link={signature !== undefined ? w.links[signature.fileId] : undefined}
              subjectType='individual'
              onChange={(ref, url) => {
                if (ref !== undefined && url !== undefined) w.addLink(ref.fileId, url)
                w.modify('documents', (cur) => withDocument(Array.isArray(cur) ? (cur as DraftDocument[]) : [], 'signature', ref))
              }}
            />
            <FieldMessage problemKey='documents.signature' label='签名' message={errors['documents.signature']} />
          </View>
          )
        : null}
      <View className='card'>
        <ChoiceGroup label={IT.channel} path='channel' value={channel} choices={CHANNELS} error={errors.channel} hint={IT.channelHint} onPick={(v) => { setChannel(v); setErrors((e) => { const { channel: _c, ...rest } = e; return rest }) }} />
        <DateField label={IT.receivedOn} path='receivedOn' value={receivedOn} end={today} error={errors.receivedOn} hint={IT.receivedHint} onPick={setReceivedOn} />
      </View>
      {errors.form !== undefined ? <Notice tone='danger' testId='entry-error'>{errors.form}</Notice> : null}
      <Button testId='entry-submit' busy={busy} busyText={IT.submitting} onTap={() => { void submit() }}>{IT.submit}</Button>
    </View>
  )
}

/** 代录入: the wizard's own subject, account and document steps (the field catalogue, the capture path), then the intake step. */
export function EntryScreen () {
  const { session, error } = useSession()
  const w = useWizard({ mode: 'entry' })
  const [entered, setEntered] = useState<string | null>(null)
  const [shown, setShown] = useState<Shown>(new Map())
  const onShown = useCallback((s: Shown) => setShown(s), [])

  async function restart () {
    if (!(await confirm({ title: IT.restart, content: IT.restartConfirm, danger: true }))) return
    removeLocalDraft(ENTRY_KEY)
    w.reload()
  }

  if (error !== null && session === null) return <Screen className='wizard intake'><LoadError message={error.message} onRetry={() => replacePage(paths.adminEntry())} /></Screen>
  if (session === null || w.draft === null) return <Screen className='wizard intake'><Skeleton cards={3} lines={3} /></Screen>
  if (session.role !== 'reviewer' && session.role !== 'admin') return <Screen className='wizard intake'><StateView kind='warn' title={IT.staffOnly} testId='entry-staff-only' /></Screen>
  if (entered !== null) {
    return (
      <Screen className='wizard intake'>
        <StateView
          kind='success'
          title={IT.entryDone}
          body={IT.entryDoneBody}
          actions={[
            { label: IT.openEntered, onTap: () => replacePage(paths.adminDetail(entered)), testId: 'entry-open' },
            { label: IT.enterAnother, onTap: () => { setEntered(null); w.reload() }, kind: 'plain', testId: 'entry-again' }
          ]}
          testId='entry-done'
        />
      </Screen>
    )
  }
  const step = w.draft.step
  return (
    <Screen className='wizard intake'>
      {step === 0 ? <View className='card'><View className='card-title'>{IT.entryTitle}</View><View className='muted'>{IT.entryIntro}</View></View> : null}
      <View className='intake-step' data-testid='entry-step'>{IT.entryStep(Math.min(step, 3) + 1, IT.entrySteps[Math.min(step, 3)])}</View>
      <ProblemsProvider onChange={onShown}>
        {w.refused ? <ProblemSummary shown={shown} text={IT.submitProblems} testId='entry-problems' /> : null}
        {step === 0 ? <SubjectStep w={w} /> : null}
        {step === 1 ? <AccountsStep w={w} /> : null}
        {step === 2 ? <DocumentsStep w={w} /> : null}
        {step >= 3 ? <FinishStep w={w} onDone={(id) => { removeLocalDraft(ENTRY_KEY); setEntered(id) }} /> : null}
      </ProblemsProvider>
      {w.notice !== null ? <Notice tone='danger' testId='entry-notice'>{w.notice}</Notice> : null}
      <View className='btn-row wizard-nav'>
        {step > 0 ? <Button inline kind='secondary' testId='wizard-back' onTap={w.back}>{IT.back}</Button> : null}
        {step < 3 ? <Button inline testId='wizard-next' onTap={() => { void w.next() }}>{IT.next}</Button> : null}
      </View>
      <Button kind='plain' testId='entry-restart' onTap={() => { void restart() }}>{IT.restart}</Button>
      {step === 0 ? <Button kind='plain' testId='entry-queue' onTap={() => openPage(paths.adminQueue())}>{IT.toQueue}</Button> : null}
    </Screen>
  )
}
