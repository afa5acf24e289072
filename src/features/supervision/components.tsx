/** Small pieces the 监管 screens share, in the review screens' look. */
import type { PropsWithChildren } from 'react'
import { View, Text } from '@tarojs/components'
import { localDateTime } from '../../core/local-time'
import { DateField, TextField, LoadError, Notice as KitNotice, Screen, Skeleton, StateView, type StateAction } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import type { ApiError } from '../../services/api'
import { AUDIT_LABELS, ROLE_LABELS, S } from './texts'
import type { HistoryRows } from './api'
import type { Notice as ChangeNotice } from './hooks'
// The review screens' look (tabs, chips, rows, status badges) is the staff side's shared style.
import '../review'

export const tz = jurisdiction.timezone
export const when = (iso: string) => localDateTime(iso, tz)

export function Tabs<K extends string> ({ tabs, current, onPick }: { tabs: Array<{ key: K, label: string, count?: number }>, current: K, onPick: (k: K) => void }) {
  return (
    <View className='q-tabs' role='tablist'>
      {tabs.map((t) => (
        <View key={t.key} role='tab' aria-selected={t.key === current} data-testid={`tab-${t.key}`} className={`q-tab ${t.key === current ? 'q-tab--on' : ''}`} onClick={() => onPick(t.key)}>
          <Text className='q-tab__label'>{t.label}</Text>
          {t.count !== undefined ? <Text className='q-tab__count'>{t.count}</Text> : null}
        </View>
      ))}
    </View>
  )
}

export function Row ({ title, status, statusClass = '', late = false, lines, testId, onTap }: { title: string, status: string, statusClass?: string, late?: boolean, lines: Array<string | null>, testId: string, onTap: () => void }) {
  return (
    <View className={`card q-row ${late ? 'q-row--late' : ''}`} role='link' data-testid={testId} onClick={onTap}>
      <View className='q-row__head'>
        <Text className='q-row__name'>{title}</Text>
        <Text className={`status ${statusClass}`}>{status}</Text>
      </View>
      {lines.filter((l): l is string => l !== null && l !== '').map((l) => <View key={l} className='muted'>{l}</View>)}
    </View>
  )
}

export function Section ({ title, testId, children }: PropsWithChildren<{ title: string, testId?: string }>) {
  return (
    <View className='card' data-testid={testId}>
      <View className='card-title'>{title}</View>
      {children}
    </View>
  )
}

export function Kv ({ label, value }: { label: string, value: string }) {
  return (
    <View className='kv'>
      <Text className='kv__label'>{label}</Text>
      <Text className='kv__value'>{value}</Text>
    </View>
  )
}

export function History ({ rows }: { rows: HistoryRows }) {
  if (rows.length === 0) return null
  return (
    <Section title={S.report.history} testId='history'>
      {rows.map((h, i) => (
        <View key={`${h.at}-${i}`} className='tl-item'>
          <View className='tl-item__head'>
            <Text className='tl-item__action'>{AUDIT_LABELS[h.action] ?? h.action}</Text>
            <Text className='muted'>{ROLE_LABELS[h.actorRole] ?? h.actorRole}</Text>
          </View>
          <View className='muted tl-item__line'>{when(h.at)}</View>
        </View>
      ))}
    </Section>
  )
}

/** A long text with its count; typing may run past the limit so the server's message names it. */
export function LongText ({ label, path, value, max, placeholder, error, optional, onChange }: { label: string, path: string, value: string, max: number, placeholder?: string, error?: string, optional?: boolean, onChange: (v: string) => void }) {
  return <TextField multiline label={label} path={path} value={value} maxlength={max + 100} placeholder={placeholder} error={error} optional={optional} hint={S.step.minutesCount(value.length, max)} onChange={onChange} />
}

/** A date among working-day presets ("10 个工作日") or any date from the kit's picker; the server checks it. */
export function DeadlineField ({ label, path, value, presets, error, onPick }: { label: string, path: string, value: string, presets: Array<{ days: number, date: string }>, error?: string, onPick: (d: string) => void }) {
  const quick = presets.map((p) => ({ value: p.date, label: S.lead.preset(p.days, p.date), testId: `${path}-preset-${p.days}` }))
  return <DateField label={label} path={path} value={value} quick={quick} error={error} hint={S.lead.deadlineHint} onPick={onPick} />
}

/** What the last change did, at the top of the screen: saved, or why not. */
export function Notice ({ notice }: { notice: ChangeNotice }) {
  return notice !== null ? <KitNotice tone={notice.kind === 'ok' ? 'success' : 'warn'} testId='notice'>{notice.text}</KitNotice> : null
}

const offline = (e: ApiError) => e.code === 'network'

/** A record's screen before it has the record: the shape of what is coming, or why not with 重试. */
export function Pending ({ error, onRetry }: { error: ApiError | null, onRetry: () => void }) {
  return (
    <Screen className='review'>
      {error !== null ? <LoadError message={error.message} offline={offline(error)} onRetry={onRetry} /> : <Skeleton cards={3} lines={3} />}
    </Screen>
  )
}

/**
 * A list's state above its rows: skeleton cards while the first page comes, the failure with 重试,
 * or an empty state that says what would appear here and where to go instead.
 */
export function ListState ({ items, error, empty, onRetry }: { items: readonly unknown[] | null, error: ApiError | null, empty: { title: string, body?: string, actions?: StateAction[] }, onRetry: () => void }) {
  if (error !== null) return <LoadError message={error.message} offline={offline(error)} onRetry={onRetry} />
  if (items === null) return <Skeleton cards={3} />
  if (items.length === 0) return <StateView kind='empty' title={empty.title} body={empty.body} actions={empty.actions} testId='list-empty' />
  return null
}
