import { View, Text } from '@tarojs/components'
import { Button } from '../../ui'
import { localDate } from '../../../core/dates'
import { jurisdiction } from '../../../config/jurisdiction'
import type { LookupItem, LookupResult } from '../api'
import type { PublicTexts } from '../texts'

function Row ({ label, value }: { label: string, value: string }) {
  return (
    <View className='pub-row'>
      <Text className='pub-row__label'>{label}</Text>
      <Text className='pub-row__value'>{value}</Text>
    </View>
  )
}

function Item ({ item, t }: { item: LookupItem, t: PublicTexts }) {
  const f = t.lookup.fields
  return (
    <View className={`pub-item ${item.status === 'cancelled' ? 'pub-item--cancelled' : ''}`}>
      <Row label={f.status} value={item.statusLabel} />
      {item.filingNumber !== null ? <Row label={f.filingNumber} value={item.filingNumber} /> : null}
      <Row label={f.platform} value={item.platform} />
      <Row label={f.accountName} value={item.accountName} />
      {item.approvedAt !== null ? <Row label={f.approvedAt} value={localDate(item.approvedAt, jurisdiction.timezone)} /> : null}
      {item.status === 'cancelled' ? <View className='muted'>{t.lookup.cancelledNote}</View> : null}
    </View>
  )
}

/**
 * The answer to a lookup: 已备案 with the account's public facts (never the person behind it),
 * or 未查询到 with what that means and what to do next.
 */
export function ResultCard ({ result, t, onStart, onReport }: { result: LookupResult, t: PublicTexts, onStart: () => void, onReport: () => void }) {
  const approved = result.items.filter((i) => i.status === 'approved')
  const cancelled = result.items.filter((i) => i.status === 'cancelled')
  if (result.found) {
    return (
      <View className='card pub-result pub-result--found' data-testid='lookup-result'>
        <View className='pub-result__title'>✓ {t.lookup.foundTitle}</View>
        {[...approved, ...cancelled].map((i, n) => <Item key={`${i.filingNumber ?? ''}-${n}`} item={i} t={t} />)}
      </View>
    )
  }
  return (
    <View className='card pub-result pub-result--none' data-testid='lookup-result'>
      <View className='pub-result__title'>{t.lookup.notFoundTitle}</View>
      {cancelled.map((i, n) => <Item key={`${i.filingNumber ?? ''}-${n}`} item={i} t={t} />)}
      {t.lookup.notFoundBody.map((p) => <View key={p} className='pub-p'>{p}</View>)}
      <View className='pub-p pub-strong'>{t.lookup.ownAccount}</View>
      <Button testId='lookup-start' onTap={onStart}>{t.lookup.startFiling}</Button>
      <Button kind='plain' testId='lookup-report' onTap={onReport}>{t.lookup.reportThis}</Button>
    </View>
  )
}
