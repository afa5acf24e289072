/** WeChat-style lists: a white group of rows, each a label and its value, divided by hairlines. */
import type { PropsWithChildren } from 'react'
import { View, Text } from '@tarojs/components'

export function CellGroup ({ title, testId, children }: PropsWithChildren<{ title?: string, testId?: string }>) {
  return (
    <View className='cells' data-testid={testId}>
      {title ? <View className='cells__title'>{title}</View> : null}
      {children}
    </View>
  )
}

export interface CellProps {
  label: string
  value?: string | number | null
  /** A smaller line under the value (a note, a date). */
  hint?: string
  /** Icon class from the kit (e.g. 'icon--phone'). */
  icon?: string
  /** Tappable: shows the chevron (or link colour with `link`). */
  onTap?: () => void
  link?: boolean
  /** Label above a long value instead of beside it. */
  stacked?: boolean
  testId?: string
}

/**
 * One row. A row that shows a value but has none shows —, so a blank never looks like a
 * rendering fault; a row that only leads somewhere (a label and its chevron) shows no value.
 */
export function Cell ({ label, value, hint, icon, onTap, link = false, stacked = false, testId, children }: PropsWithChildren<CellProps>) {
  const none = value === undefined || value === null || value === ''
  const navigation = onTap !== undefined && !link && value === undefined && children === undefined
  const shown = none ? '—' : String(value)
  const classes = ['cell', stacked ? 'cell--stacked' : 'cell--kv', onTap && !link ? 'cell--tap' : '', link ? 'cell--link' : '', navigation ? 'cell--nav' : '']
  return (
    <View className={classes.filter((c) => c !== '').join(' ')} data-testid={testId} role={onTap ? (link ? 'link' : 'button') : undefined} onClick={onTap}>
      {icon ? <View className={`cell__icon ${icon}`} /> : null}
      {navigation && hint
        ? <View className='cell__label'><Text>{label}</Text><Text className='cell__hint'>{hint}</Text></View>
        : <Text className='cell__label'>{label}</Text>}
      {navigation
        ? null
        : (
          <View className={`cell__value ${icon ? 'cell__value--left' : ''}`}>
            {children ?? <Text>{shown}</Text>}
            {hint ? <Text className='cell__hint'>{hint}</Text> : null}
          </View>
          )}
    </View>
  )
}

export type TagTone = 'info' | 'success' | 'warn' | 'danger' | 'neutral'

export function Tag ({ tone = 'info', testId, children }: PropsWithChildren<{ tone?: TagTone, testId?: string }>) {
  return <Text className={`tag ${tone === 'info' ? '' : `tag--${tone}`}`} data-testid={testId}>{children}</Text>
}

