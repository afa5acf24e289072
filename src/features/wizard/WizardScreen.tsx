import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, LoadError, Notice, ProblemsProvider, ProblemSummary, Screen, Skeleton, type Shown } from '../ui'
import type { Outcome } from './api'
import { useWizard } from './useWizard'
import type { WizardMode } from './model'
import { T } from './texts'
import { Progress } from './components/Progress'
import { SubjectStep } from './components/SubjectStep'
import { AccountsStep } from './components/AccountsStep'
import { DocumentsStep } from './components/DocumentsStep'
import { ReviewStep } from './components/ReviewStep'
import { SubmitStep } from './components/SubmitStep'
import { Done } from './components/Done'
import './wizard.scss'

const SYNC_TEXT = { local: T.saveLocal, saving: T.saving, cloud: T.saveCloud, offline: T.offline } as const

/** The filing wizard: one step per screen, a draft that survives anything. */
export function WizardScreen ({ id, mode, fresh }: { id?: string, mode?: WizardMode, fresh?: boolean }) {
  const w = useWizard({ id, mode, fresh })
  const [done, setDone] = useState<Outcome | null>(null)
  const [shown, setShown] = useState<Shown>(new Map())
  const onShown = useCallback((s: Shown) => setShown(s), [])
  const d = w.draft

  if (done !== null) return <Screen className='wizard'><Done outcome={done} mode={d?.mode ?? 'new'} /></Screen>
  if (w.loadError !== null) return <Screen className='wizard'><LoadError message={w.loadError} onRetry={w.reload} /></Screen>
  if (d === null) return <Screen className='wizard'><Skeleton cards={3} lines={3} /></Screen>

  const step = d.step
  const last = step === 4
  return (
    <Screen className='wizard'>
      <Progress current={step} />
      {d.mode === 'correct' ? <Notice tone='danger'>{T.correctBanner}</Notice> : null}
      {d.mode === 'amend' ? <Notice>{T.amendBanner}</Notice> : null}
      <ProblemsProvider onChange={onShown}>
        {w.refused ? <ProblemSummary shown={shown} text={T.fixErrors} testId='wizard-problems' /> : null}
        {step === 0 ? <SubjectStep w={w} /> : null}
        {step === 1 ? <AccountsStep w={w} /> : null}
        {step === 2 ? <DocumentsStep w={w} /> : null}
        {step === 3 ? <ReviewStep w={w} /> : null}
        {step === 4 ? <SubmitStep w={w} onDone={setDone} /> : null}
      </ProblemsProvider>
      {w.notice !== null ? <Notice tone='danger' testId='wizard-notice'>{w.notice}</Notice> : null}
      {!last
        ? (
          <View className='btn-row wizard-nav'>
            {step > 0 && !w.returnToPreview ? <Button inline kind='secondary' testId='wizard-back' onTap={w.back}>{T.back}</Button> : null}
            <Button inline testId='wizard-next' onTap={() => { void w.next() }}>{w.returnToPreview ? T.backToPreview : T.next}</Button>
          </View>
          )
        : <Button kind='plain' testId='wizard-back' onTap={w.back}>{T.backToPreviewShort}</Button>}
      <View className='sync-state' data-testid='sync-state'><Text className='muted'>{SYNC_TEXT[w.sync]}</Text></View>
    </Screen>
  )
}
