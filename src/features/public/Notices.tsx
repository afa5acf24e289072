import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { localDate } from '../../core/local-time'
import { ApiError } from '../../services/api'
import { Cell, CellGroup, LoadError, Screen, Skeleton, StateView } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { openPage } from '../../services/nav'
import { paths } from '../../core/routes'
import { publicNotices, type PublicNotice } from './api'
import { publicTexts } from './texts'
import './public.scss'

const t = publicTexts(jurisdiction).notices

/** 公示: names and measures with dates, exactly as the office published them; gone once rectified. */
export function Notices () {
  const [items, setItems] = useState<PublicNotice[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const load = () => {
    publicNotices().then((n) => { setItems(n); setError(null) }, (e: unknown) => setError(e instanceof ApiError ? e : new ApiError('internal', t.loadFailed)))
  }
  useDidShow(load)
  return (
    <Screen className='pub'>
      <View className='page-title'>{t.title}</View>
      <View className='page-lead'>{t.intro}</View>
      {error !== null ? <LoadError message={error.message} offline={error.code === 'network'} onRetry={() => { setError(null); load() }} /> : null}
      {items === null && error === null ? <Skeleton cards={2} lines={3} /> : null}
      {items !== null && items.length === 0
        ? <StateView kind='empty' title={t.none} body={t.noneBody} testId='notices-none' actions={[{ label: t.toLookup, kind: 'secondary', onTap: () => openPage(paths.lookup()) }]} />
        : null}
      {(items ?? []).map((n) => (
        <CellGroup key={n.caseNumber} testId='public-notice'>
          <Cell label={t.fields.name} value={n.name} />
          <Cell label={t.fields.measure} value={n.measure} />
          <Cell label={t.fields.publishedAt} value={localDate(n.publishedAt, jurisdiction.timezone)} />
          <Cell label={t.fields.caseNumber} value={n.caseNumber} />
        </CellGroup>
      ))}
    </Screen>
  )
}
