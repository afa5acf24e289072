import { useState } from 'react'
import { View } from '@tarojs/components'
import { checkEligibility, EligibilityAnswersSchema, type EligibilityResult } from '../../core/eligibility'
import { localDate } from '../../core/local-time'
import { Button, ChoiceGroup, DateField, Notice, Screen, SelectField, TextField, fieldId } from '../ui'
import { scrollIntoView } from '../../services/scroll'
import { paths } from '../../core/routes'
import { openPage } from '../../services/nav'
import { jurisdiction } from '../../config/jurisdiction'
import { handSelfCheckToWizard } from '../wizard'
import type { EligibilityAnswers } from '../../core/eligibility'
import { ApiError } from '../../services/api'
import { optInToOutreach } from './api'
import { S } from './texts'
import './selfcheck.scss'

type YesNo = 'registeredInCity' | 'operatorLivesInCity' | 'publishesLocalNews' | 'contentMostlyLocal' | 'previouslyFiledAndChanged'
const QUESTIONS: YesNo[] = ['registeredInCity', 'operatorLivesInCity', 'publishesLocalNews', 'contentMostlyLocal', 'previouslyFiledAndChanged']
const PLATFORMS = jurisdiction.platforms.map((p) => ({ value: p.code, label: p.name }))

/** The self-check: answers → 须备案 / 建议备案 / 无需备案 with the notice's reasons (core decides). */
export function SelfCheck () {
  const city = jurisdiction.cityName
  const [answers, setAnswers] = useState<Partial<Record<YesNo, boolean>>>({})
  const [accountName, setAccountName] = useState('')
  const [platform, setPlatform] = useState<string | undefined>()
  const [followers, setFollowers] = useState('')
  const [openedOn, setOpenedOn] = useState<string | undefined>()
  const [error, setError] = useState<string | null>(null)
  // After 查看结果 with gaps, each unanswered question says so where it stands.
  const [tried, setTried] = useState(false)
  const [result, setResult] = useState<EligibilityResult | null>(null)
  const [checked, setChecked] = useState<EligibilityAnswers | null>(null)
  const today = localDate(new Date(), jurisdiction.timezone)

  function check () {
    const parsed = EligibilityAnswersSchema.safeParse({
      ...answers,
      accountName: accountName.trim() || undefined,
      platform,
      followers: /^\d+$/.test(followers.trim()) ? Number(followers.trim()) : undefined,
      openedOn
    })
    const missing = QUESTIONS.filter((q) => answers[q] === undefined)
    if (!parsed.success || missing.length > 0) {
      setTried(true)
      setError(missing.length > 0 ? S.unanswered(missing.length) : parsed.error?.issues[0]?.message ?? S.unanswered(missing.length))
      setResult(null)
      if (missing.length > 0) scrollIntoView(`#${fieldId(`selfcheck.${missing[0]}`)}-frame`)
      return
    }
    setError(null)
    setTried(false)
    setChecked(parsed.data)
    setResult(checkEligibility(parsed.data, jurisdiction, new Date()))
    scrollIntoView('.verdict')
  }

  const label = (q: YesNo) => (q === 'previouslyFiledAndChanged' ? S.q.previouslyFiledAndChanged : S.q[q](city))
  return (
    <Screen className='selfcheck'>
      <View className='page-title'>{S.title}</View>
      <View className='page-lead'>{S.intro}</View>
      <View className='card'>
        {QUESTIONS.map((q) => (
          <ChoiceGroup
            key={q}
            label={label(q)}
            path={`selfcheck.${q}`}
            value={answers[q] === undefined ? undefined : answers[q] ? 'yes' : 'no'}
            choices={[{ value: 'yes', label: S.yes }, { value: 'no', label: S.no }]}
            row
            error={tried && answers[q] === undefined ? S.pleaseAnswer : undefined}
            onPick={(v) => { setAnswers({ ...answers, [q]: v === 'yes' }); setResult(null); setError(null) }}
          />
        ))}
      </View>
      <View className='card'>
        <View className='card-title'>{S.optionalTitle}</View>
        <TextField label={S.accountName} optional path='selfcheck.accountName' value={accountName} hint={S.accountNameHint} onChange={(v) => { setAccountName(v); setResult(null) }} />
        <SelectField label={S.platform} optional path='selfcheck.platform' value={platform} options={PLATFORMS} onPick={(v) => { setPlatform(v); setResult(null) }} />
        <TextField label={S.followers} optional path='selfcheck.followers' type='number' value={followers} onChange={(v) => { setFollowers(v); setResult(null) }} />
        <DateField label={S.openedOn} optional path='selfcheck.openedOn' value={openedOn} end={today} onPick={(v) => { setOpenedOn(v); setResult(null) }} />
      </View>
      {error !== null ? <Notice tone='danger' testId='selfcheck-error'>{error}</Notice> : null}
      <Button testId='selfcheck-run' onTap={check}>{S.check}</Button>
      {result !== null
        ? (
          <View className={`card verdict verdict--${result.verdict}`} data-testid='selfcheck-result'>
            <View className='muted'>{S.result}</View>
            <View className='verdict__label'>{result.label}</View>
            {result.reasons.map((r, i) => <View key={i} className='verdict__reason'>· {r}</View>)}
            {result.dueDate && result.overdue === true ? <View className='verdict__due verdict__due--late' data-testid='selfcheck-overdue'>{S.overdue(result.dueDate)}</View> : null}
            {result.dueDate && result.overdue !== true ? <View className='verdict__due'>{S.due(result.dueDate)}</View> : null}
            <View className='muted'>{S.disclaimer}</View>
            {answers.previouslyFiledAndChanged === true
              ? (
                <>
                  <View className='verdict__reason' data-testid='selfcheck-changed'>{S.changedNote}</View>
                  <Button testId='selfcheck-claim' onTap={() => openPage(paths.claim())}>{S.claim}</Button>
                </>
                )
              : null}
            {result.verdict === 'suggested' && checked !== null ? <OutreachOptIn answers={checked} /> : null}
            {result.verdict !== 'none' ? <Button kind={answers.previouslyFiledAndChanged === true ? 'secondary' : 'primary'} testId='selfcheck-start' onTap={() => { if (checked) handSelfCheckToWizard(checked, new Date()); openPage(paths.wizard()) }}>{S.start}</Button> : null}
          </View>
          )
        : null}
    </Screen>
  )
}

/**
 * Under the threshold filing is advised, not required: the operator may ask to be told of training and
 * activities, and to be prompted when their account passes the threshold (followers updated on 备案维护).
 */
function OutreachOptIn ({ answers }: { answers: EligibilityAnswers }) {
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(false)
  const [failed, setFailed] = useState<string | null>(null)
  async function optIn () {
    setBusy(true)
    setFailed(null)
    try {
      await optInToOutreach(answers)
      setDone(true)
    } catch (e) {
      setFailed(e instanceof ApiError ? e.message : S.optinFailed)
    } finally {
      setBusy(false)
    }
  }
  if (done) {
    return (
      <View className='selfcheck-optin' data-testid='selfcheck-optin-done'>
        <Notice tone='success'>{S.optinDone}</Notice>
        <Button kind='secondary' testId='selfcheck-upkeep' onTap={() => openPage(paths.upkeep())}>{S.openUpkeep}</Button>
      </View>
    )
  }
  return (
    <View className='selfcheck-optin'>
      <View className='muted'>{S.optinIntro}</View>
      {failed !== null ? <Notice tone='danger' testId='selfcheck-optin-error'>{failed}</Notice> : null}
      <Button kind='secondary' testId='selfcheck-optin' busy={busy} onTap={() => { void optIn() }}>{S.optin}</Button>
    </View>
  )
}
