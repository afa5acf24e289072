import { useCallback, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import { deadlineIn } from '../../core/supervision/deadlines'
import { URGE_CHANNELS, type UrgeChannel } from '../../core/supervision/lead'
import { Button, ChoiceGroup, ProblemSummary, ProblemsProvider, Screen, TextField, fieldId, useShown, type Shown } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { confirm } from '../../services/dialogs'
import { openPage } from '../../services/nav'
import { scrollIntoView } from '../../services/scroll'
import { dismissLead, getLead, openCase, urgeLead } from './api'
import { useChange } from './hooks'
import { DeadlineField, History, Kv, LongText, Notice, Pending, Section, when } from './components'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

const PRESETS = [5, 10, 20]

/** One lead: what is known, 督促 with a deadline in working days, 立案, or 排除. */
export function LeadScreen ({ id }: { id: string }) {
  const [deadline, setDeadline] = useState('')
  const [channel, setChannel] = useState<UrgeChannel | undefined>(undefined)
  const [note, setNote] = useState('')
  const [summary, setSummary] = useState('')
  const [reason, setReason] = useState('')
  const presets = useMemo(() => PRESETS.map((days) => ({ days, date: deadlineIn(days, new Date(), jurisdiction) })), [])
  const { data: d, error, reload } = useShown(useCallback(() => getLead(id).then((got) => {
    setDeadline((cur) => cur || got.suggestedDeadline)
    return got
  }), [id]))
  const { busy, notice, fields, setFields, run } = useChange(reload)
  const [shown, setShown] = useState<Shown>(new Map())
  // A field's message goes as soon as the field is changed (the summary above counts only what is still wrong).
  const edit = <V,>(path: string, set: (v: V) => void) => (v: V) => { set(v); setFields(({ [path]: _, ...rest }) => rest) }
  const refuse = (path: string, message: string) => { setFields({ [path]: message }); scrollIntoView(`#${fieldId(path)}-frame`) }

  if (d === null) return <Pending error={error} onRetry={() => { void reload() }} />
  const l = d.lead
  const active = l.status === 'open' || l.status === 'urged'
  function urge () {
    if (channel === undefined) { refuse('channel', S.lead.pickChannel); return }
    void run(() => urgeLead(l, deadline, channel, note.trim()), S.done)
  }
  async function escalate () {
    if (summary.trim().length < 4) { refuse('summary', S.lead.summaryTooShort); return }
    if (await confirm({ title: S.lead.sectionCase, content: S.lead.openCaseConfirm, confirmText: S.lead.openCase })) void run(() => openCase({ leadId: l.id, summary: summary.trim() }), S.done, (r) => openPage(SV.kase(r.case.id)))
  }
  return (
    <Screen className='review sv-lead'>
      <ProblemsProvider onChange={setShown}>
        <Notice notice={notice} />
        <ProblemSummary shown={shown} text={S.problems} testId='problems' />
        <Section title={`${l.platformName}“${l.accountName}”`} testId='lead-head'>
          <View className='q-row__head'><View className='muted'>{S.leads.source(l.sourceLabel)}</View><View className={`status ${l.status === 'filed' ? 'status--approved' : ''}`} data-testid='lead-status'>{l.statusLabel}</View></View>
          {l.accountId ? <Kv label={S.lead.accountId} value={l.accountId} /> : null}
          {l.townName ? <Kv label={S.lead.town} value={l.townName} /> : null}
          {l.note ? <Kv label={S.lead.note} value={l.note} /> : null}
          {l.deadline ? <Kv label={S.lead.deadline} value={`${l.deadline}${l.overdue ? `（${S.leads.overdue}）` : ''}`} /> : null}
          {l.closeReason ? <Kv label={S.lead.filed('')} value={l.closeReason} /> : null}
          {l.filingId ? <View role='link' className='sv-link' onClick={() => openPage(SV.filing(l.filingId ?? ''))}>{S.lead.linkedFiling}</View> : null}
          {l.caseId ? <View role='link' className='sv-link' onClick={() => openPage(SV.kase(l.caseId ?? ''))}>{S.cases.title}</View> : null}
        </Section>
        {l.urges.length > 0 ? <Section title={S.lead.urges}>{l.urges.map((u) => <View key={u.at} className='muted sv-log'>{S.lead.urgeLine(when(u.at), u.channel, u.deadline, u.byName)}</View>)}</Section> : null}
        {d.reports.length > 0 ? <Section title={S.lead.reports}>{d.reports.map((r) => <View key={r.id} role='link' className='sv-link' onClick={() => openPage(SV.report(r.id))}>{`${r.receiptNumber}（${r.statusLabel}）`}</View>)}</Section> : null}
        {active
          ? (
            <Section title={S.lead.sectionUrge} testId='lead-urge'>
              <DeadlineField label={S.lead.deadline} path='deadline' value={deadline} presets={presets} error={fields.deadline} onPick={edit('deadline', setDeadline)} />
              <ChoiceGroup<UrgeChannel> label={S.lead.channel} path='channel' value={channel} error={fields.channel} choices={URGE_CHANNELS.map((c) => ({ value: c, label: c }))} onPick={edit('channel', setChannel)} />
              <LongText label={S.lead.urgeNote} optional path='note' value={note} max={300} error={fields.note} onChange={edit('note', setNote)} />
              <Button testId='lead-urge-submit' busy={busy} onTap={urge}>{S.lead.urge}</Button>
            </Section>
            )
          : null}
        {active
          ? (
            <Section title={S.lead.sectionCase}>
              <TextField label={S.lead.summary} path='summary' value={summary} placeholder={S.lead.summaryPlaceholder} maxlength={200} error={fields.summary} onChange={edit('summary', setSummary)} />
              <Button kind='secondary' testId='lead-open-case' busy={busy} onTap={() => { void escalate() }}>{S.lead.openCase}</Button>
            </Section>
            )
          : null}
        {active
          ? (
            <Section title={S.lead.sectionDismiss}>
              <TextField label={S.lead.dismissReason} path='reason' value={reason} placeholder={S.lead.dismissPlaceholder} maxlength={200} error={fields.reason} onChange={edit('reason', setReason)} />
              <Button kind='danger' busy={busy} onTap={() => { void run(() => dismissLead(l, reason.trim()), S.done) }}>{S.lead.dismiss}</Button>
            </Section>
            )
          : null}
        <History rows={d.history} />
      </ProblemsProvider>
    </Screen>
  )
}
