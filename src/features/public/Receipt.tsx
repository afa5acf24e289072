import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { localDateTime } from '../../core/local-time'
import { ApiError } from '../../services/api'
import { pageQuery } from '../../services/nav'
import { Button, Screen, TextField } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { lookupReceipt, myReports, type Receipt as ReceiptRow } from './api'
import { publicTexts } from './texts'
import './public.scss'

const t = publicTexts(jurisdiction).receipt
const at = (iso: string) => localDateTime(iso, jurisdiction.timezone)

function ReceiptCard ({ r }: { r: ReceiptRow }) {
  const row = (label: string, value: string) => <View className='pub-row'><Text className='pub-row__label'>{label}</Text><Text className='pub-row__value'>{value}</Text></View>
  return (
    <View className={`card pub-result ${r.status === 'closed' ? 'pub-result--found' : ''}`} data-testid='receipt-card'>
      <View className='pub-receipt'>{r.receiptNumber}</View>
      {row(t.fields.status, r.statusLabel)}
      {row(t.fields.account, `${r.platformName}“${r.accountName}”`)}
      {row(t.fields.reason, r.reason)}
      {row(t.fields.at, at(r.at))}
      {row(t.fields.outcome, r.outcome)}
      {r.outcomeNote ? row(t.fields.note, r.outcomeNote) : null}
      {r.closedAt ? row(t.fields.closedAt, at(r.closedAt)) : null}
    </View>
  )
}

/** 举报办理进度: a receipt number (from the form or the message) and the reporter's own reports. */
export function Receipt () {
  const [number, setNumber] = useState('')
  const [found, setFound] = useState<ReceiptRow | null>(null)
  const [mine, setMine] = useState<ReceiptRow[] | null>(null)
  const [error, setError] = useState<string | undefined>(undefined)
  const [busy, setBusy] = useState(false)

  async function search (n: string) {
    if (n.trim() === '') { setError(t.numberEmpty); return }
    setBusy(true)
    try { setFound(await lookupReceipt(n.trim())); setError(undefined) } catch (e) { setFound(null); setError(e instanceof ApiError ? e.message : t.numberEmpty) } finally { setBusy(false) }
  }
  useDidShow(() => {
    const n = pageQuery().n ?? ''
    if (n) { setNumber(n); void search(n) }
    myReports().then(setMine, () => setMine([]))
  })
  return (
    <Screen className='pub'>
      <View className='card'>
        <View className='card-title'>{t.title}</View>
        <View className='muted'>{t.intro}</View>
        <TextField label={t.number} path='receiptNumber' value={number} placeholder={t.numberPlaceholder} maxlength={40} error={error} onChange={(v) => { setNumber(v); setError(undefined) }} />
        <Button testId='receipt-search' busy={busy} onTap={() => { void search(number) }}>{t.search}</Button>
      </View>
      {found !== null ? <ReceiptCard r={found} /> : null}
      <View className='card'>
        <View className='card-title'>{t.mine}</View>
        {mine !== null && mine.length === 0 ? <View className='muted'>{t.none}</View> : null}
      </View>
      {(mine ?? []).filter((r) => r.receiptNumber !== found?.receiptNumber).map((r) => <ReceiptCard key={r.receiptNumber} r={r} />)}
    </Screen>
  )
}
