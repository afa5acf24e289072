import { useEffect, useMemo, useRef, useState } from 'react'
import { localDateTime } from '../../core/dates'
import { View } from '@tarojs/components'
import { addDays, instantAt, localDate } from '../../core/dates'
import { ACTIVITY_KINDS, ACTIVITY_KIND_LABELS, AUDIENCE_STANDINGS, AUDIENCE_STANDING_LABELS, FOLLOWER_BANDS, FOLLOWER_BAND_LABELS, MAX_MATERIALS, type ActivityKind } from '../../core/outreach/activity'
import { paths } from '../../core/routes'
import { CONTENT_CATEGORIES } from '../../core/schemas/account'
import { SUBJECT_TYPE_LABELS } from '../../core/schemas/subject'
import { jurisdiction } from '../../config/jurisdiction'
import { ApiError } from '../../services/api'
import { pageQuery, replacePage } from '../../services/nav'
import { scrollToTop } from '../../services/scroll'
import { Button, DateField, ChoiceGroup, Notice, ProblemSummary, ProblemsProvider, Screen, Skeleton, TextField, type Shown, messageOf } from '../ui'
import { Chips } from './fields'
import { createActivity, getActivity, previewAudience, updateActivity, type ActivityDraft, type SegmentDraft } from './staff-api'
import { O } from './texts'
import './outreach.scss'

const E = O.staff.editor
const tz = jurisdiction.timezone
const TOWNS = jurisdiction.towns.map((t) => ({ value: t.code, label: t.name }))
const PLATFORMS = jurisdiction.platforms.filter((p) => p.code !== 'other').map((p) => ({ value: p.code, label: p.name }))
const CATEGORIES = CONTENT_CATEGORIES.map((c) => ({ value: c, label: c }))
const BANDS = FOLLOWER_BANDS.map((b) => ({ value: b, label: FOLLOWER_BAND_LABELS[b] }))
const SUBJECTS = (Object.keys(SUBJECT_TYPE_LABELS) as Array<keyof typeof SUBJECT_TYPE_LABELS>).map((s) => ({ value: s, label: SUBJECT_TYPE_LABELS[s] }))
const STANDINGS = AUDIENCE_STANDINGS.map((s) => ({ value: s, label: AUDIENCE_STANDING_LABELS[s] }))

type Segment = Required<{ [K in keyof SegmentDraft]-?: NonNullable<SegmentDraft[K]> }>
/** Where the server's field paths show on this form (times are picked as a day and hours). */
const FIELD_OF: Record<string, string> = { startsAt: 'start', endsAt: 'end', signupDeadline: 'deadlineTime' }

/** Staff: a new event — kind, time, place, capacity, sign-up deadline, description, materials, and its audience with a live count. */
export function EventEditorScreen () {
  const today = useMemo(() => localDate(new Date(), tz), [])
  const [kind, setKind] = useState<ActivityKind>('course')
  const [title, setTitle] = useState('')
  const [date, setDate] = useState(addDays(today, 7))
  const [start, setStart] = useState('09:30')
  const [end, setEnd] = useState('11:30')
  const [place, setPlace] = useState('')
  const [capacity, setCapacity] = useState('50')
  const [deadlineDate, setDeadlineDate] = useState(addDays(today, 5))
  const [deadlineTime, setDeadlineTime] = useState('17:00')
  const [description, setDescription] = useState('')
  const [materials, setMaterials] = useState<Array<{ title: string, url: string }>>([])
  const [audience, setAudience] = useState<Segment>({ standings: ['filed'], towns: [], platforms: [], categories: [], followerBands: [], subjectTypes: [] })
  const [count, setCount] = useState<{ filed: number, suggested: number } | null>(null)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [shown, setShown] = useState<Shown>(new Map())
  const asked = useRef(0)
  // Editing a published event: its kind and audience stay (the invitations stand).
  const editId = pageQuery().id
  const [editing, setEditing] = useState<{ id: string, version: number } | null>(null)
  useEffect(() => {
    if (!editId) return
    getActivity(editId).then(({ activity: a }) => {
      const at = (iso: string) => localDateTime(iso, tz)
      setKind(a.kind); setTitle(a.title); setPlace(a.place); setCapacity(String(a.capacity)); setDescription(a.description)
      setDate(at(a.startsAt).slice(0, 10)); setStart(at(a.startsAt).slice(11)); setEnd(at(a.endsAt).slice(11))
      setDeadlineDate(at(a.signupDeadline).slice(0, 10)); setDeadlineTime(at(a.signupDeadline).slice(11))
      setMaterials(a.materials); setAudience({ ...a.audience })
      setEditing({ id: a.id, version: a.version })
    }, (e) => setNotice(messageOf(e)))
  }, [editId])

  // The live count: the server applies the very rule the invitation will (a newer answer wins).
  useEffect(() => {
    if (editId) return
    const n = ++asked.current
    setCount(null)
    const timer = setTimeout(() => {
      previewAudience(audience).then((r) => { if (n === asked.current) { setCount(r); setFields(({ audience: _, ...rest }) => rest) } }, (e) => { if (n === asked.current) setFields((f) => ({ ...f, audience: messageOf(e) })) })
    }, 300)
    return () => clearTimeout(timer)
  }, [audience, editId])

  const seg = <K extends keyof Segment>(k: K) => (v: Segment[K]) => setAudience((a) => ({ ...a, [k]: v }))

  async function publish () {
    if (busy) return
    const input: ActivityDraft = {
      kind,
      title: title.trim(),
      startsAt: instantAt(date, start, tz).toISOString(),
      endsAt: instantAt(date, end, tz).toISOString(),
      place: place.trim(),
      capacity: Number(capacity),
      signupDeadline: instantAt(deadlineDate, deadlineTime, tz).toISOString(),
      description: description.trim(),
      materials: materials.map((m) => ({ title: m.title.trim(), url: m.url.trim() })),
      audience
    }
    setBusy(true)
    try {
      const { kind: _k, audience: _a, ...edit } = input
      const r = editing !== null ? await updateActivity(editing.id, editing.version, edit) : await createActivity(input)
      setNotice(null)
      replacePage(paths.evActivity(r.activity.id))
    } catch (e) {
      const f = e instanceof ApiError ? e.fields : {}
      setFields(Object.fromEntries(Object.entries(f).map(([k, v]) => [FIELD_OF[k] ?? k, v])))
      setNotice(messageOf(e))
      scrollToTop()
    } finally {
      setBusy(false)
    }
  }

  if (editId && editing === null) return <Screen>{notice !== null ? <Notice tone='danger'>{notice}</Notice> : <Skeleton cards={2} />}</Screen>
  return (
    <Screen className='outreach'>
      <ProblemsProvider onChange={setShown}>
        {editing !== null ? <Notice testId='editor-fixed'>{E.audienceFixed}</Notice> : null}
        {notice !== null ? <Notice tone='danger' testId='editor-notice'>{notice}</Notice> : null}
        <ProblemSummary shown={shown} text={(n, names) => `还有${n}处需要修改：${names}`} />
        <View className='card'>
          {editing !== null ? null : <ChoiceGroup label={E.kind} path='kind' value={kind} choices={ACTIVITY_KINDS.map((k) => ({ value: k, label: ACTIVITY_KIND_LABELS[k] }))} error={fields.kind} onPick={setKind} />}
          <TextField label={E.title} path='title' value={title} placeholder={E.titlePlaceholder} maxlength={40} error={fields.title} onChange={setTitle} />
          <DateField label={E.date} path='date' value={date} start={today} error={fields.date} onPick={setDate} />
          <View className='ev-times'>
            <DateField label={E.start} path='start' mode='time' value={start} error={fields.start} onPick={setStart} />
            <DateField label={E.end} path='end' mode='time' value={end} error={fields.end} onPick={setEnd} />
          </View>
          <TextField label={E.place} path='place' value={place} maxlength={60} error={fields.place} onChange={setPlace} />
          <TextField label={E.capacity} path='capacity' value={capacity} type='number' maxlength={4} error={fields.capacity} onChange={setCapacity} />
          <View className='ev-times'>
            <DateField label={E.deadlineDate} path='deadlineDate' value={deadlineDate} start={today} error={fields.deadlineDate} onPick={setDeadlineDate} />
            <DateField label={E.deadlineTime} path='deadlineTime' mode='time' value={deadlineTime} error={fields.deadlineTime} onPick={setDeadlineTime} />
          </View>
          <TextField label={E.description} path='description' value={description} placeholder={E.descriptionPlaceholder} maxlength={1000} multiline error={fields.description} onChange={setDescription} />
        </View>
        <View className='card'>
          <View className='card-title'>{E.materials}</View>
          {materials.map((m, i) => (
            <View key={i} className='ev-finding'>
              <TextField label={E.materialTitle(i + 1)} path={`materials.${i}.title`} value={m.title} maxlength={40} error={fields[`materials.${i}.title`]} onChange={(v) => setMaterials((ms) => ms.map((x, j) => (j === i ? { ...x, title: v } : x)))} />
              <TextField label={E.materialUrl(i + 1)} path={`materials.${i}.url`} value={m.url} placeholder='https://' maxlength={500} error={fields[`materials.${i}.url`]} onChange={(v) => setMaterials((ms) => ms.map((x, j) => (j === i ? { ...x, url: v } : x)))} />
              <Button kind='plain' onTap={() => setMaterials((ms) => ms.filter((_, j) => j !== i))}>{E.removeMaterial}</Button>
            </View>
          ))}
          {materials.length < MAX_MATERIALS ? <Button kind='secondary' testId='material-add' onTap={() => setMaterials((ms) => [...ms, { title: '', url: '' }])}>{E.addMaterial}</Button> : null}
        </View>
        {editing !== null
          ? null
          : (
        <View className='card'>
          <View className='card-title'>{E.audience}</View>
          <View className='muted'>{E.anyHint}</View>
          <Chips label={E.standings} path='audience.standings' values={audience.standings} options={STANDINGS} error={fields['audience.standings']} onChange={seg('standings')} />
          <Chips label={E.towns} path='audience.towns' values={audience.towns} options={TOWNS} error={fields['audience.towns']} onChange={seg('towns')} />
          <Chips label={E.platforms} path='audience.platforms' values={audience.platforms} options={PLATFORMS} error={fields['audience.platforms']} onChange={seg('platforms')} />
          <Chips label={E.categories} path='audience.categories' values={audience.categories} options={CATEGORIES} onChange={seg('categories')} />
          <Chips label={E.bands} path='audience.followerBands' values={audience.followerBands} options={BANDS} onChange={seg('followerBands')} />
          <Chips label={E.subjects} path='audience.subjectTypes' values={audience.subjectTypes} options={SUBJECTS} onChange={seg('subjectTypes')} />
          <View className='ev-count' data-testid='audience-count' aria-live='polite'>{count === null ? E.counting : E.count(count.filed, count.suggested)}</View>
          {fields.audience ? <View className='error-text' role='alert'>{fields.audience}</View> : null}
        </View>
            )}
        <Button testId='event-publish' busy={busy} onTap={() => { void publish() }}>{editing !== null ? E.save : E.publish}</Button>
      </ProblemsProvider>
    </Screen>
  )
}
