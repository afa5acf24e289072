import { useCallback, useState } from 'react'
import { View, Input } from '@tarojs/components'
import { Button, Screen } from '../ui'
import { openPage } from '../../services/nav'
import { listLeads, type LeadItem } from './api'
import { ListState, Row } from './components'
import { useTabbedList } from './hooks'
import { SV } from './routes'
import { S } from './texts'
import './supervision.scss'

type Tab = LeadItem['status']
const TABS: Tab[] = ['open', 'urged', 'escalated', 'filing', 'filed', 'dismissed']

/** 未备案线索: by status, searchable by account name. */
export function LeadsScreen () {
  const [q, setQ] = useState('')
  const load = useCallback((t: Tab) => listLeads({ status: t, ...(q.trim() ? { q: q.trim() } : {}) }), [q])
  const { tab, pick, items, counts, error, reload } = useTabbedList<Tab, LeadItem>('open', load)
  return (
    <Screen className='review sv-leads'>
      <View className='chips__row sv-wrap' role='tablist' aria-label={S.leads.title}>
        {TABS.map((t) => (
          <View key={t} role='tab' aria-selected={t === tab} data-testid={`tab-${t}`} className={`chip ${t === tab ? 'chip--on' : ''}`} onClick={() => pick(t)}>
            {`${S.leads.tabs[t]} ${counts[t] ?? 0}`}
          </View>
        ))}
      </View>
      <View className='card q-filters'>
        <View className='q-search'>
          <Input className='field-input q-search__input' value={q} placeholder={S.leads.search} aria-label={S.leads.search} onInput={(e) => setQ(e.detail.value)} onConfirm={() => { void reload(tab) }} />
          <View role='button' className='q-search__btn' onClick={() => { void reload(tab) }}>{S.leads.searchButton}</View>
        </View>
      </View>
      <ListState items={items} error={error} onRetry={() => { void reload(tab) }} empty={{ title: q.trim() ? S.leads.noMatch : S.leads.empty, body: S.leads.emptyBody, actions: [{ label: S.leads.add, onTap: () => openPage(SV.newLead) }] }} />
      {(items ?? []).map((l) => (
        <Row
          key={l.id}
          testId='lead-row'
          late={l.overdue}
          title={`${l.platformName}“${l.accountName}”`}
          status={l.overdue ? S.leads.overdue : l.statusLabel}
          statusClass={l.overdue ? 'status--returned' : l.status === 'filed' ? 'status--approved' : ''}
          lines={[S.leads.source(l.sourceLabel), l.townName, l.deadline ? S.leads.deadline(l.deadline) : null]}
          onTap={() => openPage(SV.lead(l.id))}
        />
      ))}
      {items !== null && items.length > 0 ? <Button kind='secondary' testId='lead-add' onTap={() => openPage(SV.newLead)}>{S.leads.add}</Button> : null}
    </Screen>
  )
}
