import { useState } from 'react'
import { View, Input, Text } from '@tarojs/components'
import { jurisdiction } from '../../../config/jurisdiction'
import { platformOptions, subjectTypeOptions, townOptions, type QueueFilter } from '../filters'
import { Chips } from './Chips'
import { T } from '../texts'

export type Narrow = Omit<QueueFilter, 'status'>

const PLATFORMS = platformOptions(jurisdiction)
const TOWNS = townOptions(jurisdiction)
const SUBJECT_TYPES = subjectTypeOptions()

function activeCount (n: Narrow): number {
  return [n.platform, n.subjectType, n.town, n.overdue === true ? '1' : undefined].filter((v) => v !== undefined).length
}

/** Search box always visible; the chip groups fold away so the list stays on screen. */
export function FilterPanel ({ value, onChange }: { value: Narrow, onChange: (n: Narrow) => void }) {
  const [open, setOpen] = useState(false)
  const [q, setQ] = useState(value.q ?? '')
  const active = activeCount(value)
  const set = (patch: Narrow) => onChange({ ...value, ...patch })
  return (
    <View className='card q-filters'>
      <View className='q-search'>
        <Input
          className='field-input q-search__input'
          data-testid='queue-search'
          value={q}
          maxlength={50}
          confirmType='search'
          placeholder={T.searchPlaceholder}
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => set({ q: q.trim() || undefined })}
        />
        <View className='q-search__btn' role='button' data-testid='queue-search-go' onClick={() => set({ q: q.trim() || undefined })}>{T.search}</View>
      </View>
      <View className='q-filters__toggle' role='button' aria-expanded={open} data-testid='filters-toggle' onClick={() => setOpen(!open)}>
        <Text>{T.filters}{active > 0 ? `（${active}）` : ''}</Text>
        <Text className='muted'>{open ? '▲' : '▼'}</Text>
      </View>
      {open
        ? (
          <View>
            <Chips testId='filter-platform' label={T.filterPlatform} options={PLATFORMS} value={value.platform} onChange={(v) => set({ platform: v })} />
            <Chips testId='filter-subject-type' label={T.filterSubjectType} options={SUBJECT_TYPES} value={value.subjectType} onChange={(v) => set({ subjectType: v as Narrow['subjectType'] })} />
            <Chips testId='filter-town' label={T.filterTown} options={TOWNS} value={value.town} onChange={(v) => set({ town: v })} />
            <View
              role='switch'
              aria-checked={value.overdue === true}
              data-testid='filter-overdue'
              className={`chip chip--wide ${value.overdue === true ? 'chip--on' : ''}`}
              onClick={() => set({ overdue: value.overdue === true ? undefined : true })}
            >
              {value.overdue === true ? '✓ ' : ''}{T.filterOverdue}
            </View>
            {active > 0
              ? <View className='ui-btn ui-btn--plain' role='button' onClick={() => onChange({ q: value.q })}>{T.clearFilters}</View>
              : null}
          </View>
          )
        : null}
    </View>
  )
}
