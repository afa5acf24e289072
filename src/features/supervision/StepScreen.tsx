import { useCallback, useEffect, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import { deadlineIn } from '../../core/supervision/deadlines'
import { URGE_CHANNELS, type UrgeChannel } from '../../core/supervision/lead'
import { CLOSE_OUTCOMES, MAX_MINUTES, MAX_RECORD_PHOTOS, SANCTION_MEASURES, type CaseStepInput, type CaseStepType, type CloseOutcome, type SanctionMeasure } from '../../core/supervision/case-steps'
import { instantAt, localDate, localDateTime } from '../../core/dates'
import { AttachmentPicker } from '../capture'
import { Button, DateField, FieldFrame, PickerBox, QuickPicks, Screen, StateView, TextField, failureOf, messageOf } from '../ui'
import { ChoiceGroup } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { confirm } from '../../services/dialogs'
import { goBack } from '../../services/nav'
import { toast } from '../../services/dialogs'
import { getCase, takeStep, type CaseGet } from './api'
import { DeadlineField, LongText, Notice, Pending, Section, tz } from './components'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

type Form = Record<string, string>
const split = (s: string) => s.split(/[\n、,，;；]/).map((x) => x.trim()).filter(Boolean)
const lines = (s: string) => s.split('\n').map((x) => x.trim()).filter(Boolean)

const TIMES = ['09:00', '10:00', '14:30', '15:30']

/** Date and time, with one-tap choices (the next working days, usual office times) above the kit's pickers. */
function DateTime ({ label, path, date, time, dates = [], error, onDate, onTime }: { label: string, path: string, date: string, time: string, dates?: string[], error?: string, onDate: (v: string) => void, onTime: (v: string) => void }) {
  return (
    <FieldFrame label={label} path={path} error={error}>
      <QuickPicks label={S.step.quickDay(label)} value={date} picks={dates.map((d) => ({ value: d, label: d, testId: `${path}-day-${d}` }))} onPick={onDate} />
      {dates.length > 0 ? <QuickPicks label={S.step.quickTime(label)} value={time} picks={TIMES.map((t) => ({ value: t, label: t, testId: `${path}-time-${t}` }))} onPick={onTime} /> : null}
      <View className='picker-pair'>
        <PickerBox label={S.step.quickDay(label)} path={path} testId={`${path}-date`} value={date} error={error} onPick={onDate} />
        <PickerBox label={S.step.quickTime(label)} path={path} testId={`${path}-time`} mode='time' value={time} error={error} onPick={onTime} />
      </View>
    </FieldFrame>
  )
}

/** Builds the step the backend takes, from the form's strings. */
export function stepFrom (type: CaseStepType, f: Form, files: string[]): CaseStepInput | null {
  const at = (d: string, t: string) => (d && t ? instantAt(d, t, tz).toISOString() : '')
  switch (type) {
    case 'urge': return { type, deadline: f.deadline ?? '', channel: f.channel as UrgeChannel, note: f.note ?? '' }
    case 'summon': return { type, appointmentAt: at(f.date ?? '', f.time ?? ''), place: f.place ?? '', matter: f.matter ?? '' }
    case 'interview': return { type, heldAt: at(f.date ?? '', f.time ?? ''), attendees: split(f.attendees ?? ''), minutes: f.minutes ?? '', signedRecord: files }
    case 'order': return { type, items: lines(f.items ?? ''), deadline: f.deadline ?? '' }
    case 'review': return { type, verdict: f.verdict === 'reject' ? 'reject' : 'accept', note: f.note ?? '', ...(f.verdict === 'reject' ? { deadline: f.deadline ?? '' } : {}) }
    case 'sanction': return { type, measure: f.measure as SanctionMeasure, partner: f.partner ?? '', documentNumber: f.documentNumber ?? '', effectiveOn: f.effectiveOn ?? '' }
    case 'publicize': return { type, name: f.name ?? '', measure: f.measure ?? '' }
    case 'close': return { type, outcome: f.outcome as CloseOutcome, note: f.note ?? '' }
    case 'evidence': return null
  }
}

/** One typed step of a case, with the data that step requires; the server checks order, dates and photos. */
export function StepScreen ({ id, type: raw }: { id: string, type: string }) {
  const known = raw !== 'evidence' && raw in S.step.titles
  const type = (known ? raw : 'close') as CaseStepType
  const [d, setD] = useState<CaseGet | null>(null)
  const [f, setF] = useState<Form>({})
  const [files, setFiles] = useState<string[]>([])
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<{ kind: 'ok' | 'warn', text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const title = S.step.titles[type as keyof typeof S.step.titles] ?? ''
  const today = localDate(new Date(), tz)
  const presets = useMemo(() => [5, 10, 15, 20].map((days) => ({ days, date: deadlineIn(days, new Date(), jurisdiction) })), [])
  const nextDays = useMemo(() => [1, 2, 3].map((n) => deadlineIn(n, new Date(), jurisdiction)), [])

  const [loadError, setLoadError] = useState<ApiError | null>(null)
  const load = useCallback(() => {
    setLoadError(null)
    getCase(id).then((got) => {
      setD(got)
      const c = got.case
      setF({
        deadline: type === 'order' ? got.suggested.order : got.suggested.urge,
        name: `${c.platformName}账号“${c.accountName}”`,
        matter: c.summary,
        // Minutes are written after the talk: now is the likely time it was held.
        date: type === 'interview' ? today : '',
        time: type === 'interview' ? localDateTime(new Date(), tz).slice(11, 16) : '',
        verdict: 'accept'
      })
    }, (e: unknown) => setLoadError(failureOf(e)))
  }, [id, type, today])
  useEffect(load, [load])

  const set = (k: string) => (v: string) => { setF((cur) => ({ ...cur, [k]: v })); setErrors((cur) => ({ ...cur, [k]: '' })) }
  const err = (k: string) => errors[k] || undefined

  async function submit () {
    if (d === null || busy) return
    const step = stepFrom(type, f, files)
    if (step === null) return
    if (!(await confirm({ title, content: S.step.confirm(title), confirmText: S.step.confirmButton }))) return
    setBusy(true)
    try {
      await takeStep(d.case, step)
      toast(S.done, 'success')
      goBack(SV.kase(id))
    } catch (e) {
      if (e instanceof ApiError) {
        // Field paths arrive as `step.deadline` (input shape) or `deadline` (case rules).
        setErrors(Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/^step\./, '').split('.')[0], v])))
      }
      setNotice({ kind: 'warn', text: messageOf(e, S.actionFailed) })
    } finally {
      setBusy(false)
    }
  }

  if (!known) return <Screen className='review'><StateView kind='error' title={S.step.unknown} actions={[{ label: S.step.backToCase, kind: 'secondary', onTap: () => goBack(SV.kase(id)) }]} /></Screen>
  if (d === null) return <Pending error={loadError} onRetry={load} />
  return (
    <Screen className='review sv-step-form'>
      <Notice notice={notice} />
      <View className='page-eyebrow'>{d.case.caseNumber}</View>
      <View className='page-lead'>{`${d.case.platformName}“${d.case.accountName}”`}</View>
      <Section title={title} testId={`form-${type}`}>
        {type === 'urge' || type === 'order' || (type === 'review' && f.verdict === 'reject')
          ? <DeadlineField label={type === 'review' ? S.step.newDeadline : S.step.deadline} path='deadline' value={f.deadline ?? ''} presets={presets} error={err('deadline')} onPick={set('deadline')} />
          : null}
        {type === 'urge'
          ? (<View><ChoiceGroup<UrgeChannel> label={S.step.channel} path='channel' value={f.channel as UrgeChannel | undefined} error={err('channel')} choices={URGE_CHANNELS.map((c) => ({ value: c, label: c }))} onPick={set('channel')} /><LongText label={S.step.note} path='note' value={f.note ?? ''} max={300} error={err('note')} onChange={set('note')} /></View>)
          : null}
        {type === 'summon'
          ? (
            <View>
              <DateTime label={S.step.date} path='appointmentAt' date={f.date ?? ''} time={f.time ?? ''} dates={nextDays} error={err('appointmentAt')} onDate={set('date')} onTime={set('time')} />
              <TextField label={S.step.place} path='place' value={f.place ?? ''} placeholder={S.step.placePlaceholder} maxlength={60} error={err('place')} onChange={set('place')} />
              <LongText label={S.step.matter} path='matter' value={f.matter ?? ''} max={200} placeholder={S.step.matterPlaceholder} error={err('matter')} onChange={set('matter')} />
            </View>
            )
          : null}
        {type === 'interview'
          ? (
            <View>
              <DateTime label={S.step.heldDate} path='heldAt' date={f.date ?? ''} time={f.time ?? ''} error={err('heldAt')} onDate={set('date')} onTime={set('time')} />
              <TextField label={S.step.attendees} path='attendees' value={f.attendees ?? ''} placeholder={S.step.attendeesPlaceholder} maxlength={300} error={err('attendees')} onChange={set('attendees')} />
              <LongText label={S.step.minutes} path='minutes' value={f.minutes ?? ''} max={MAX_MINUTES} error={err('minutes')} onChange={set('minutes')} />
              <FieldFrame label={S.step.signedRecord} path='signedRecord' error={err('signedRecord')}>
                <AttachmentPicker kind='signed_record' caseId={id} max={MAX_RECORD_PHOTOS} onChange={setFiles} />
              </FieldFrame>
            </View>
            )
          : null}
        {type === 'order' ? <LongText label={S.step.items} path='items' value={f.items ?? ''} max={2000} placeholder={S.step.itemsPlaceholder} error={err('items')} onChange={set('items')} /> : null}
        {type === 'review'
          ? (<View><ChoiceGroup label={S.step.verdict} path='verdict' value={f.verdict} error={err('verdict')} choices={[{ value: 'accept', label: S.step.accept }, { value: 'reject', label: S.step.reject }]} onPick={set('verdict')} /><LongText label={S.step.reviewNote} path='note' value={f.note ?? ''} max={300} error={err('note')} onChange={set('note')} /></View>)
          : null}
        {type === 'sanction'
          ? (
            <View>
              <ChoiceGroup<SanctionMeasure> label={S.step.measure} path='measure' value={f.measure as SanctionMeasure | undefined} error={err('measure')} choices={SANCTION_MEASURES.map((m) => ({ value: m, label: m }))} onPick={set('measure')} />
              <TextField label={S.step.partner} path='partner' value={f.partner ?? ''} placeholder={S.step.partnerPlaceholder} maxlength={50} error={err('partner')} onChange={set('partner')} />
              <TextField label={S.step.documentNumber} path='documentNumber' value={f.documentNumber ?? ''} maxlength={50} error={err('documentNumber')} onChange={set('documentNumber')} />
              <DateField label={S.step.effectiveOn} path='effectiveOn' value={f.effectiveOn ?? ''} error={err('effectiveOn')} onPick={set('effectiveOn')} />
            </View>
            )
          : null}
        {type === 'publicize'
          ? (
            <View>
              <View className='hint hint--warn'>{S.step.publicHint}</View>
              <TextField label={S.step.publicName} path='name' value={f.name ?? ''} maxlength={50} error={err('name')} onChange={set('name')} />
              <TextField label={S.step.publicMeasure} path='measure' value={f.measure ?? ''} maxlength={100} error={err('measure')} onChange={set('measure')} />
            </View>
            )
          : null}
        {type === 'close'
          ? (<View><ChoiceGroup<CloseOutcome> label={S.step.outcome} path='outcome' value={f.outcome as CloseOutcome | undefined} error={err('outcome')} choices={(Object.keys(CLOSE_OUTCOMES) as CloseOutcome[]).map((k) => ({ value: k, label: CLOSE_OUTCOMES[k] }))} onPick={set('outcome')} /><LongText label={S.step.closeNote} path='note' value={f.note ?? ''} max={300} error={err('note')} onChange={set('note')} /></View>)
          : null}
        <Button testId='step-submit' busy={busy} onTap={() => { void submit() }}>{S.step.submit(title)}</Button>
      </Section>
    </Screen>
  )
}
