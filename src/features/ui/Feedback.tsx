/** How a screen tells what is going on: loading skeletons, empty and error states, notices, results. */
import type { PropsWithChildren } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from './Button'
import { UI_T as T } from './texts'

/**
 * Grey placeholders in the shape of what is coming (cards of a list, a detail), instead of a
 * "loading" line; marked busy for assistive technology and for tests that wait for the page.
 */
export function Skeleton ({ cards = 3, lines = 2, label = T.loading }: { cards?: number, lines?: number, label?: string }) {
  return (
    <View className='skeleton' aria-busy='true' aria-label={label} role='status'>
      {Array.from({ length: cards }, (_, i) => (
        <View key={i} className='skeleton__card'>
          <View className='skeleton__bar skeleton__bar--title' />
          {Array.from({ length: lines }, (_, j) => <View key={j} className={`skeleton__bar ${j === lines - 1 ? 'skeleton__bar--short' : ''}`} />)}
        </View>
      ))}
    </View>
  )
}

export type StateKind = 'empty' | 'offline' | 'error' | 'success' | 'warn'

export interface StateAction { label: string, onTap: () => void, testId?: string, kind?: 'primary' | 'secondary' | 'plain' }

/**
 * An empty list, a failed load or a finished task: an icon, what happened, and a way forward
 * (重试, 新建 …). Never a dead end.
 */
export function StateView ({ kind, title, body, actions = [], testId, children }: PropsWithChildren<{ kind: StateKind, title: string, body?: string, actions?: StateAction[], testId?: string }>) {
  return (
    <View className={`state state--${kind}`} data-testid={testId} role={kind === 'error' || kind === 'offline' ? 'alert' : undefined}>
      <View className={`state__icon icon--${kind}`} />
      <Text className='state__title'>{title}</Text>
      {body ? <Text className='state__body'>{body}</Text> : null}
      {children}
      {actions.map((a, i) => (
        <Button key={a.label} kind={a.kind ?? (i === 0 ? 'primary' : 'plain')} testId={a.testId} onTap={a.onTap}>{a.label}</Button>
      ))}
    </View>
  )
}

/** A failed load with 重试: offline says so, any other failure shows its own message. */
export function LoadError ({ message, offline = false, onRetry, testId = 'load-error' }: { message?: string, offline?: boolean, onRetry: () => void, testId?: string }) {
  return (
    <StateView
      kind={offline ? 'offline' : 'error'}
      title={offline ? T.offlineTitle : T.errorTitle}
      body={offline ? T.offlineBody : message}
      actions={[{ label: T.retry, onTap: onRetry, testId: 'retry' }]}
      testId={testId}
    />
  )
}

export type Tone = 'info' | 'warn' | 'danger' | 'success'

const DATE = /(\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?)/

/**
 * Prose with its dates kept whole: at a large font a line could break after a date's hyphen
 * ("2026-" / "12-10"); each date is an unbreakable run, the rest wraps as usual.
 */
export function KeepDates ({ text }: { text: string }) {
  const parts = text.split(DATE)
  if (parts.length === 1) return <>{text}</>
  return <>{parts.map((p, i) => (i % 2 === 1 ? <Text key={i} className='nowrap'>{p}</Text> : p))}</>
}

/** A line of news at the top of a screen or card (returned, amended, saved …). */
export function Notice ({ tone = 'info', testId, children }: PropsWithChildren<{ tone?: Tone, testId?: string }>) {
  return (
    <View className={`notice-bar ${tone === 'info' ? '' : `notice-bar--${tone}`}`} data-testid={testId} role={tone === 'danger' || tone === 'warn' ? 'alert' : 'status'}>
      {typeof children === 'string' ? <KeepDates text={children} /> : children}
    </View>
  )
}
