import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Screen } from '../ui'
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
export function WizardScreen ({ id, mode }: { id?: string, mode?: WizardMode }) {
  const w = useWizard({ id, mode })
  const [done, setDone] = useState<Outcome | null>(null)
  const d = w.draft

  if (done !== null) return <Screen className='wizard'><Done outcome={done} mode={d?.mode ?? 'new'} /></Screen>
  if (w.loadError !== null) {
    return (
      <Screen className='wizard'>
        <View className='card error-text'>{w.loadError}</View>
        <Button onTap={w.reload}>{T.retry}</Button>
      </Screen>
    )
  }
  if (d === null) return <Screen className='wizard'><View className='muted'>{T.loading}</View></Screen>

  const step = d.step
  return (
    <Screen className='wizard'>
      <Progress current={step} />
      {d.mode === 'correct' ? <View className='banner banner--warn'>{T.correctBanner}</View> : null}
      {d.mode === 'amend' ? <View className='banner'>{T.amendBanner}</View> : null}
      {step === 0 ? <SubjectStep w={w} /> : null}
      {step === 1 ? <AccountsStep w={w} /> : null}
      {step === 2 ? <DocumentsStep w={w} /> : null}
      {step === 3 ? <ReviewStep w={w} /> : null}
      {step === 4 ? <SubmitStep w={w} onDone={setDone} /> : null}
      {w.notice !== null ? <View className='error-text notice' data-testid='wizard-notice'>{w.notice}</View> : null}
      {step < 4 ? <Button testId='wizard-next' onTap={() => { void w.next() }}>{w.returnToPreview ? T.backToPreview : T.next}</Button> : null}
      {step > 0 && !w.returnToPreview ? <Button kind='secondary' testId='wizard-back' onTap={w.back}>{T.back}</Button> : null}
      <View className='sync-state' data-testid='sync-state'><Text className='muted'>{SYNC_TEXT[w.sync]}</Text></View>
    </Screen>
  )
}
