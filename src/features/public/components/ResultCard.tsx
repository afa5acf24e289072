import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '../../ui'
import { localDate } from '../../../core/local-time'
import { jurisdiction } from '../../../config/jurisdiction'
import type { LookupItem, LookupResult } from '../api'
import type { PublicTexts } from '../texts'

function Item ({ item, t }: { item: LookupItem, t: PublicTexts }) {
  const f = t.lookup.fields
  return (
    <CellGroup>
      <Cell label={f.status} value={item.statusLabel} />
      {item.filingNumber !== null ? <Cell label={f.filingNumber} value={item.filingNumber} /> : null}
      <Cell label={f.platform} value={item.platform} />
      <Cell label={f.accountName} value={item.accountName} />
      {item.approvedAt !== null ? <Cell label={f.approvedAt} value={localDate(item.approvedAt, jurisdiction.timezone)} /> : null}
    </CellGroup>
  )
}

/**
 * The answer to a lookup, one of three: 已备案 with the account's public facts (never the
 * person behind it); 已注销 (the number existed and no longer counts); or 未查询到, with what
 * that means and what to do next.
 */
export function ResultCard ({ result, t, onStart, onReport }: { result: LookupResult, t: PublicTexts, onStart: () => void, onReport: () => void }) {
  const L = t.lookup
  const approved = result.items.filter((i) => i.status === 'approved')
  const cancelled = result.items.filter((i) => i.status === 'cancelled')
  if (result.found) {
    return (
      <View className='pub-result pub-result--found' data-testid='lookup-result'>
        <View className='pub-result__head'><View className='pub-result__icon icon--success' /><Text className='pub-result__title'>{L.foundTitle}</Text></View>
        {[...approved, ...cancelled].map((i, n) => <Item key={`${i.filingNumber ?? ''}-${n}`} item={i} t={t} />)}
      </View>
    )
  }
  if (cancelled.length > 0) {
    return (
      <View className='pub-result pub-result--cancelled' data-testid='lookup-result'>
        <View className='pub-result__head'><View className='pub-result__icon icon--warn' /><Text className='pub-result__title'>{L.cancelledTitle}</Text></View>
        <View className='pub-p'>{L.cancelledBody}</View>
        {cancelled.map((i, n) => <Item key={`${i.filingNumber ?? ''}-${n}`} item={i} t={t} />)}
        <View className='pub-p'>{L.cancelledOwn}</View>
        <Button testId='lookup-start' onTap={onStart}>{L.startFiling}</Button>
        <Button kind='plain' testId='lookup-report' onTap={onReport}>{L.reportThis}</Button>
      </View>
    )
  }
  return (
    <View className='pub-result pub-result--none' data-testid='lookup-result'>
      <View className='pub-result__head'><View className='pub-result__icon icon--warn' /><Text className='pub-result__title'>{L.notFoundTitle}</Text></View>
      {L.notFoundBody.map((p) => <View key={p} className='pub-p'>{p}</View>)}
      <View className='pub-p pub-strong'>{L.ownAccount}</View>
      <Button testId='lookup-start' onTap={onStart}>{L.startFiling}</Button>
      <Button kind='plain' testId='lookup-report' onTap={onReport}>{L.reportThis}</Button>
    </View>
  )
}
