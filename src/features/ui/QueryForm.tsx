import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { Button } from './Button'
import { ChoiceGroup, type Choice } from './controls'
import { Notice } from './Feedback'
import './forms.scss'

export interface QueryFormProps<M extends string> {
  title: string
  intro: string
  /** The ways to find the record ("按备案号" / "按账号"), as a choice above the fields. */
  modeLabel: string
  modePath: string
  mode: M
  modes: Array<Choice<M>>
  onMode: (m: M) => void
  /** The server's answer when it refused (shown above the button). */
  failure: string | null
  failureTestId: string
  action: { label: string, testId: string, busy: boolean, onTap: () => void }
  /** What happens with what the person types (privacy), under the button. */
  note: string
}

/**
 * A short form that finds one record one of two ways (备案查询, 认领原备案): title and lead, then a
 * card with the way, its fields (children), the failure, the action and a privacy note.
 */
export function QueryForm<M extends string> ({ title, intro, modeLabel, modePath, mode, modes, onMode, failure, failureTestId, action, note, children }: PropsWithChildren<QueryFormProps<M>>) {
  return (
    <>
      <View className='page-title'>{title}</View>
      <View className='page-lead'>{intro}</View>
      <View className='card'>
        <ChoiceGroup label={modeLabel} path={modePath} value={mode} choices={modes} onPick={onMode} />
        {children}
        {failure !== null ? <Notice tone='danger' testId={failureTestId}>{failure}</Notice> : null}
        <Button testId={action.testId} busy={action.busy} onTap={action.onTap}>{action.label}</Button>
        <View className='muted query-form__note'>{note}</View>
      </View>
    </>
  )
}
