import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Screen, Tag, TextField, useShown } from '../ui'
import { useSession } from '../session'
import { ApiError } from '../../services/api'
import { openSpreadsheet } from '../../services/media'
import { openPage } from '../../services/nav'
import { awardCandidates, exportDirectory, listAwardEvents, recordAward, type AwardCandidate } from './api'
import { useChange } from './hooks'
import { Notice, Pending, Section, when } from './components'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

/** 评优: pick an 评优 event, or, for one event, its candidates with every reason, nomination and result. */
export function AwardsScreen ({ id }: { id?: string }) {
  return id ? <Candidates id={id} /> : <Events />
}

function Events () {
  const { session } = useSession()
  const { data, error, reload } = useShown(listAwardEvents)
  if (data === null) return <Pending error={error} onRetry={() => { void reload() }} />
  return (
    <Screen className='review sv-awards'>
      <View className='card'>
        <View className='card-title'>{S.awards.title}</View>
        <View className='muted'>{S.awards.intro}</View>
      </View>
      {data.length === 0 ? <View className='card muted' data-testid='awards-none'>{S.awards.noEvents}</View> : null}
      {data.length > 0
        ? (
          <CellGroup title={S.awards.pickEvent} testId='award-events'>
            {data.map((a) => <Cell key={a.id} label={a.title} hint={when(a.startsAt)} testId={`award-event-${a.id}`} onTap={() => openPage(SV.awards(a.id))} />)}
          </CellGroup>
          )
        : null}
      {session?.role === 'admin' ? <Directory /> : null}
    </Screen>
  )
}

function Directory () {
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<{ ok: boolean, text: string } | null>(null)
  async function run () {
    setBusy(true)
    setSaid(null)
    try {
      const out = await exportDirectory()
      if (out.rows === 0) setSaid({ ok: true, text: S.awards.directoryEmpty })
      else {
        setSaid({ ok: true, text: S.awards.directoryDone(out.rows, out.operators) })
        await openSpreadsheet(out, out.fileName)
      }
    } catch (e) {
      setSaid({ ok: false, text: e instanceof ApiError ? e.message : S.loadFailed })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section title={S.awards.directoryTitle} testId='directory'>
      <View className='muted'>{S.awards.directoryIntro}</View>
      <Button kind='secondary' testId='directory-export' busy={busy} onTap={() => { void run() }}>{S.awards.directoryExport}</Button>
      {said !== null ? <View className={said.ok ? 'hint' : 'error-text'} role={said.ok ? 'status' : 'alert'} data-testid='directory-said'>{said.text}</View> : null}
    </Section>
  )
}

function Candidates ({ id }: { id: string }) {
  const { data, error, reload } = useShown(useCallback(() => awardCandidates(id), [id]))
  const { busy, notice, run } = useChange(reload)
  const [notes, setNotes] = useState<Record<string, string>>({})
  if (data === null) return <Pending error={error} onRetry={() => { void reload() }} />
  const act = (c: AwardCandidate, to: 'nominated' | 'awarded' | 'not-awarded') => { void run(() => recordAward(id, c, to, (notes[c.id] ?? '').trim()), S.awards.recorded) }
  return (
    <Screen className='review sv-awards'>
      <Notice notice={notice} />
      <View className='card'>
        <View className='card-title'>{data.activity.title}</View>
        <View className='muted'>{S.awards.intro}</View>
      </View>
      {data.candidates.length === 0 ? <View className='card muted'>{S.awards.noCandidates}</View> : null}
      {data.candidates.map((c, i) => (
        <View key={c.id} className='card' data-testid={`candidate-${i}`}>
          <View className='q-row__head'>
            <Text className='q-row__name'>{c.accountNames.join('、')}</Text>
            {c.nomination
              ? <Tag tone={c.nomination.status === 'awarded' ? 'success' : c.nomination.status === 'not-awarded' ? 'neutral' : 'info'} testId={`candidate-${i}-status`}>{c.nomination.label}</Tag>
              : <Tag tone={c.eligible ? 'success' : 'warn'} testId={`candidate-${i}-status`}>{c.eligible ? S.awards.eligible : S.awards.notEligible}</Tag>}
          </View>
          {c.filingNumbers.length ? <View className='muted'>{S.awards.filingNumbers(c.filingNumbers.join('、'))}</View> : null}
          <View className='sv-reasons' data-testid={`candidate-${i}-reasons`}>
            {c.reasons.map((r) => <View key={r.criterion} className={r.met ? 'hint' : 'error-text'}>{`${r.met ? '✓' : '✗'} ${r.text}`}</View>)}
          </View>
          {c.nomination ? <View className='muted'>{S.awards.by(c.nomination.label, c.nomination.byName, when(c.nomination.at))}{c.nomination.note ? `：${c.nomination.note}` : ''}</View> : null}
          {c.nomination === null && c.eligible
            ? (
              <View>
                <TextField label={S.awards.note} optional path={`note-${i}`} value={notes[c.id] ?? ''} placeholder={S.awards.notePlaceholder} maxlength={100} onChange={(v) => setNotes({ ...notes, [c.id]: v })} />
                <Button testId={`candidate-${i}-nominate`} busy={busy} onTap={() => act(c, 'nominated')}>{S.awards.nominate}</Button>
              </View>
              )
            : null}
          {c.nomination?.status === 'nominated'
            ? (
              <View className='btn-row'>
                <Button inline testId={`candidate-${i}-awarded`} busy={busy} onTap={() => act(c, 'awarded')}>{S.awards.awarded}</Button>
                <Button inline kind='secondary' testId={`candidate-${i}-not-awarded`} busy={busy} onTap={() => act(c, 'not-awarded')}>{S.awards.notAwarded}</Button>
              </View>
              )
            : null}
        </View>
      ))}
    </Screen>
  )
}
