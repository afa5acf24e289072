import { useCallback, useState } from 'react'
import { View, Image, Text } from '@tarojs/components'
import { CASE_STEP_LABELS, CLOSE_OUTCOMES, CaseStepInputSchema, type CaseStepType } from '../../core/supervision/case-steps'
import { Button, Screen, TextField, useShown } from '../ui'
import { ApiError } from '../../services/api'
import { absoluteUrl, previewImages } from '../../services/media'
import { openPage, replacePage } from '../../services/nav'
import { getCase, openCase, type StepView } from './api'
import { History, Kv, Pending, Section, when } from './components'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

const ADMIN_STEPS: readonly string[] = ['sanction', 'publicize']

/** One line per step, from its data (the minutes themselves stay on the record, not in the list). */
export function stepLine (s: StepView): string {
  const parsed = CaseStepInputSchema.safeParse(s.data)
  if (!parsed.success) return s.label
  const d = parsed.data
  switch (d.type) {
    case 'urge': return S.kase.step.urge(d)
    case 'summon': return S.kase.step.summon(d, when(d.appointmentAt))
    case 'interview': return S.kase.step.interview(d)
    case 'order': return S.kase.step.order(d)
    case 'evidence': return S.kase.step.evidence(d)
    case 'review': return S.kase.step.review(d)
    case 'sanction': return S.kase.step.sanction(d)
    case 'publicize': return S.kase.step.publicize(d)
    case 'close': return S.kase.step.close(CLOSE_OUTCOMES[d.outcome])
  }
}

/** One case file: who and why, every dated step with its notices and photos, and the next steps. */
export function CaseScreen ({ id }: { id: string }) {
  const { data: d, error, reload } = useShown(useCallback(() => getCase(id), [id]))
  if (d === null) return <Pending error={error} onRetry={() => { void reload() }} />
  const c = d.case
  const links = Object.values(c.attachmentLinks)
  return (
    <Screen className='review sv-case'>
      <Section title={`${c.platformName}“${c.accountName}”`} testId='case-head'>
        <View className='q-row__head'><Text className='muted'>{c.caseNumber}</Text><Text className={`status ${c.overdue ? 'status--returned' : c.stage === 'closed' ? 'status--withdrawn' : ''}`} data-testid='case-stage'>{c.stageLabel}</Text></View>
        <Kv label={S.kase.summary} value={c.summary} />
        {c.filingNumber ? <Kv label={S.kase.filingNumber} value={c.filingNumber} /> : null}
        <Kv label={S.kase.officer} value={c.officerName} />
        {c.deadline ? <Kv label={S.step.deadline} value={`${c.deadline}${c.overdue ? `（${S.cases.overdue}）` : ''}`} /> : null}
        {c.closeOutcomeLabel ? <Kv label={S.step.outcome} value={c.closeOutcomeLabel} /> : null}
        {!c.operatorKnown ? <View className='hint hint--warn'>{S.kase.noOperator}</View> : null}
        {c.publicNotice !== null ? <View className='sv-public' data-testid='case-public'>{S.kase.publicNotice(c.publicNotice.name, c.publicNotice.measure)}{c.publicNotice.withdrawnAt ? S.kase.publicWithdrawn : ''}</View> : null}
        {c.subject.filingId ? <View role='link' className='sv-link' onClick={() => openPage(SV.filing(c.subject.filingId ?? ''))}>{S.report.openFiling}</View> : null}
      </Section>
      <Section title={S.kase.steps} testId='case-steps'>
        {c.steps.length === 0 ? <View className='muted'>{S.empty}</View> : null}
        {c.steps.map((s, i) => (
          <View key={s.id} className={`sv-step ${i === c.steps.length - 1 ? 'sv-step--last' : ''}`} data-testid={`step-${s.type}`}>
            <View className='sv-step__head'><Text className='sv-step__label'>{s.label}</Text><Text className='muted'>{when(s.at)}</Text></View>
            <View className='sv-step__line'>{stepLine(s)}</View>
            <View className='muted'>{s.byName}{s.noticeNumber ? ` · ${s.noticeNumber}` : ''}</View>
            {s.data?.type === 'interview' ? <View className='sv-step__line'>{s.data.minutes}</View> : null}
            {s.hasNotice ? <View role='link' className='sv-link' data-testid={`notice-${s.type}`} onClick={() => openPage(SV.notice(c.id, s.id))}>{S.kase.notice(s.type === 'summon' ? '约谈通知书' : '责令整改通知书')}</View> : null}
            {s.attachments.length > 0
              ? <View className='sv-thumbs'>{s.attachments.map((f, n) => c.attachmentLinks[f] ? <Image key={f} className='sv-thumb' src={absoluteUrl(c.attachmentLinks[f])} mode='aspectFill' aria-label={`${S.kase.attachments}${n + 1}`} onClick={() => previewImages(c.attachmentLinks[f], links)} /> : null)}</View>
              : null}
          </View>
        ))}
      </Section>
      <Section title={S.kase.nextSteps} testId='case-next'>
        {c.availableSteps.length === 0 ? <View className='muted'>{S.kase.nothingNext}</View> : null}
        <View className='sv-next'>
          {c.availableSteps.map((t) => (
            <View key={t} role='button' data-testid={`next-${t}`} className={`sv-next__btn ${ADMIN_STEPS.includes(t) ? 'sv-next__btn--admin' : ''}`} onClick={() => openPage(SV.step(c.id, t))}>
              {CASE_STEP_LABELS[t as CaseStepType]}
            </View>
          ))}
        </View>
      </Section>
      <History rows={d.history} />
    </Screen>
  )
}

/** 立案 for a filed account (from the review screen): the 案由, then the new case file. */
export function OpenCaseScreen ({ filingId }: { filingId: string }) {
  const [summary, setSummary] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  async function submit () {
    if (busy) return
    setBusy(true)
    try {
      const out = await openCase({ filingId, summary: summary.trim() })
      replacePage(SV.kase(out.case.id))
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields.summary ?? e.message) : S.loadFailed)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Screen className='review sv-case-new'>
      <Section title={S.lead.sectionCase}>
        <TextField label={S.lead.summary} path='summary' value={summary} placeholder={S.lead.summaryPlaceholder} maxlength={200} error={error} onChange={(v) => { setSummary(v); setError(undefined) }} />
        <Button testId='case-open-submit' busy={busy} onTap={() => { void submit() }}>{S.lead.openCase}</Button>
      </Section>
    </Screen>
  )
}
