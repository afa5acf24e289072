import { useCallback, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { REPORT_OUTCOMES, REPORT_OUTCOME_CODES, type ReportOutcome } from '../../core/supervision/report'
import { Button, Screen, useShown } from '../ui'
import { ChoiceGroup } from '../ui'
import { absoluteUrl, previewImages } from '../../services/media'
import { confirm } from '../../services/dialogs'
import { openPage } from '../../services/nav'
import { assignReport, closeReport, getReport, linkReport, type LinkTarget } from './api'
import { useChange } from './hooks'
import { History, Kv, LongText, Notice, Pending, Section, when } from './components'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

/** One report: what was reported (screenshots through short-lived links), assign, link, close with an answer. */
export function ReportScreen ({ id }: { id: string }) {
  const { data: d, error, reload } = useShown(useCallback(() => getReport(id), [id]))
  const { busy, notice, fields: fieldError, setFields: setFieldError, run } = useChange(reload)
  const [outcome, setOutcome] = useState<ReportOutcome | undefined>(undefined)
  const [note, setNote] = useState('')

  if (d === null) return <Pending error={error} onRetry={() => { void reload() }} />
  const r = d.report
  const open = r.status !== 'closed'
  const link = (target: LinkTarget) => { void run(() => linkReport(r, target), S.done) }
  async function close () {
    if (outcome === undefined) { setFieldError({ outcome: '请选择办理结果' }); return }
    if (await confirm({ title: S.report.sectionClose, content: S.report.confirmClose, confirmText: S.report.confirmButton })) void run(() => closeReport(r, outcome, note.trim()), S.report.closed(REPORT_OUTCOMES[outcome].label))
  }
  return (
    <Screen className='review sv-report'>
      <Notice notice={notice} />
      <Section title={`${r.platformName}“${r.accountName}”`} testId='report-head'>
        <View className='q-row__head'><Text className='muted'>{S.reports.receipt(r.receiptNumber)}</Text><Text className={`status ${open ? '' : 'status--approved'}`} data-testid='report-status'>{r.outcomeLabel ?? r.statusLabel}</Text></View>
        <Kv label={S.report.reason} value={r.reason} />
        <Kv label={S.report.details} value={r.details || S.report.noDetails} />
        <Kv label={S.report.at} value={when(r.at)} />
        {r.assigneeName ? <Kv label={S.report.sectionAssign} value={r.assigneeName} /> : null}
        {r.outcomeNote ? <Kv label={S.report.outcomeNote} value={r.outcomeNote} /> : null}
      </Section>
      <Section title={S.report.evidence}>
        {d.evidenceLinks.length === 0 ? <View className='muted'>{S.report.noEvidence}</View> : null}
        <View className='sv-thumbs'>
          {d.evidenceLinks.map((u, i) => <Image key={u} className='sv-thumb' src={absoluteUrl(u)} mode='aspectFill' aria-label={`${S.report.evidence}${i + 1}`} onClick={() => previewImages(u, d.evidenceLinks)} />)}
        </View>
      </Section>
      <Section title={S.report.sectionLink} testId='report-link'>
        {r.filingId ? <View role='link' className='sv-link' onClick={() => openPage(SV.filing(r.filingId ?? ''))}>{S.report.linkedFiling(null)} · {S.report.openFiling}</View> : null}
        {r.leadId ? <View role='link' className='sv-link' data-testid='open-linked-lead' onClick={() => openPage(SV.lead(r.leadId ?? ''))}>{S.report.linkedLead} · {S.report.openLead}</View> : null}
        {open && r.filingId === null ? d.matches.filings.map((f) => (
          <View key={f.id}>
            <View className='hint'>{S.report.matchFiling(f.accountNames.join('、'), f.statusLabel, f.filingNumber)}</View>
            <Button kind='secondary' busy={busy} onTap={() => link({ kind: 'filing', filingId: f.id })}>{S.report.linkFiling}</Button>
          </View>
        )) : null}
        {open && r.leadId === null && d.matches.lead !== null
          ? (<View><View className='hint'>{S.report.matchLead(d.matches.lead.statusLabel)}</View><Button kind='secondary' busy={busy} onTap={() => link({ kind: 'lead', leadId: d.matches.lead?.id ?? '' })}>{S.report.linkLead}</Button></View>)
          : null}
        {open && r.leadId === null && d.matches.lead === null && r.filingId === null
          ? (<View>{d.matches.filings.length === 0 ? <View className='muted'>{S.report.noMatch}</View> : null}<Button kind='secondary' testId='report-new-lead' busy={busy} onTap={() => link({ kind: 'new-lead' })}>{S.report.newLead}</Button></View>)
          : null}
      </Section>
      {open
        ? (
          <Section title={S.report.sectionAssign} testId='report-assign'>
            <View className='chips__row sv-wrap'>
              {d.staff.map((s) => <View key={s.openid} role='button' className={`chip ${r.assigneeName === s.name ? 'chip--on' : ''}`} onClick={() => { void run(() => assignReport(r, s.openid), S.done) }}>{s.name}</View>)}
            </View>
          </Section>
          )
        : null}
      {open
        ? (
          <Section title={S.report.sectionClose} testId='report-close'>
            <ChoiceGroup<ReportOutcome> label={S.report.outcome} path='outcome' value={outcome} error={fieldError.outcome} choices={REPORT_OUTCOME_CODES.map((k) => ({ value: k, label: REPORT_OUTCOMES[k].label }))} onPick={(v) => { setOutcome(v); setFieldError({}) }} />
            {outcome !== undefined ? <View className='hint'>{S.report.forReporter(REPORT_OUTCOMES[outcome].forReporter)}</View> : null}
            <LongText label={S.report.outcomeNote} path='outcomeNote' value={note} max={200} placeholder={S.report.outcomeNotePlaceholder} error={fieldError.note} onChange={setNote} />
            <Button testId='report-close-submit' busy={busy} onTap={() => { void close() }}>{S.report.close}</Button>
          </Section>
          )
        : null}
      <History rows={d.history} />
    </Screen>
  )
}
