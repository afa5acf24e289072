import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { localDate } from '../../core/dates'
import { ApiError } from '../../services/api'
import { Screen } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { publicNotices, type PublicNotice } from './api'
import { publicTexts } from './texts'
import './public.scss'

const t = publicTexts(jurisdiction).notices

/** 公示: names and measures with dates, exactly as the office published them; gone once rectified. */
export function Notices () {
  const [items, setItems] = useState<PublicNotice[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useDidShow(() => { publicNotices().then((n) => { setItems(n); setError(null) }, (e: unknown) => setError(e instanceof ApiError ? e.message : t.none)) })
  const row = (label: string, value: string) => <View className='pub-row'><Text className='pub-row__label'>{label}</Text><Text className='pub-row__value'>{value}</Text></View>
  return (
    <Screen className='pub'>
      <View className='card'>
        <View className='card-title'>{t.title}</View>
        <View className='muted'>{t.intro}</View>
      </View>
      {error !== null ? <View className='card error-text' role='alert'>{error}</View> : null}
      {items !== null && items.length === 0 ? <View className='card muted' data-testid='notices-none'>{t.none}</View> : null}
      {(items ?? []).map((n) => (
        <View key={n.caseNumber} className='card pub-notice' data-testid='public-notice'>
          {row(t.fields.name, n.name)}
          {row(t.fields.measure, n.measure)}
          {row(t.fields.publishedAt, localDate(n.publishedAt, jurisdiction.timezone))}
          {row(t.fields.caseNumber, n.caseNumber)}
        </View>
      ))}
    </Screen>
  )
}
