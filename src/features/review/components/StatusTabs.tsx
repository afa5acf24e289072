import { View, Text } from '@tarojs/components'
import { countOf, type StatsRow } from '../summary'
import { TAB_KEYS, TAB_STATUSES, type TabKey } from '../filters'
import { T } from '../texts'

/** 待审核 / 已退回 / 已通过 / 已驳回 / 全部, each with its count under the current search and filters. */
export function StatusTabs ({ current, stats, onChange }: { current: TabKey, stats: { byStatus: StatsRow[] } | null, onChange: (t: TabKey) => void }) {
  return (
    <View className='q-tabs' role='tablist'>
      {TAB_KEYS.map((k) => {
        const n = countOf(stats, TAB_STATUSES[k])
        return (
          <View
            key={k}
            role='tab'
            aria-selected={k === current}
            aria-label={`${T.tabs[k]} ${n === null ? '' : n}`}
            data-testid={`tab-${k}`}
            className={`q-tab ${k === current ? 'q-tab--on' : ''}`}
            onClick={() => { if (k !== current) onChange(k) }}
          >
            <Text className='q-tab__label'>{T.tabs[k]}</Text>
            <Text className='q-tab__count'>{n === null ? '–' : String(n)}</Text>
          </View>
        )
      })}
    </View>
  )
}
