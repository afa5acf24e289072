import { useEffect, useState } from 'react'
import { useShareAppMessage } from '@tarojs/taro'
import { View, Text, Button as NativeButton } from '@tarojs/components'
import { localDate } from '../../core/dates'
import { paths } from '../../core/routes'
import { ApiError } from '../../services/api'
import { Screen } from '../ui'
import { jurisdiction } from '../../config/jurisdiction'
import { getFiling } from './api'
import { F } from './texts'
import './filing.scss'

export interface ProofData { number: string, names: string, subject: string, date: string }

/**
 * 备案证明. The owner opens it from the detail page (data from get-filing); a shared card
 * carries the data in its query, since the recipient may not read the owner's filing.
 */
export function ProofScreen ({ id, shared }: { id?: string, shared?: ProofData }) {
  const [data, setData] = useState<ProofData | null>(shared ?? null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (shared !== undefined || id === undefined) return
    getFiling(id).then(
      (f) => {
        if (f.status !== 'approved' && f.status !== 'amending' || !f.filingNumber) { setError('该备案尚未通过审核，暂无备案证明'); return }
        const approvedAt = [...f.timeline].reverse().find((e) => e.action === 'approve')?.at ?? f.decidedAt ?? f.updatedAt
        setData({ number: f.filingNumber, names: f.accountNames.join('、'), subject: f.subjectName ?? '', date: localDate(approvedAt, jurisdiction.timezone) })
      },
      (e: unknown) => setError(e instanceof ApiError ? e.message : F.loadFailed)
    )
  }, [id, shared])

  useShareAppMessage(() => {
    if (data === null) return { title: F.proofTitle, path: paths.home() }
    return { title: F.shareTitle(data.number), path: paths.proof(data) }
  })

  if (data === null) return <Screen className='proof-page'>{error !== null ? <View className='card error-text'>{error}</View> : <View className='muted'>{F.loading}</View>}</Screen>
  return (
    <Screen className='proof-page'>
      <View className='card proof' data-testid='proof'>
        <View className='proof__title'>{F.proofTitle}</View>
        <View className='proof__number'>{data.number}</View>
        <View className='proof__row'><Text className='proof__k'>{F.proofAccounts}</Text><Text>{data.names}</Text></View>
        {data.subject ? <View className='proof__row'><Text className='proof__k'>{F.proofSubject}</Text><Text>{data.subject}</Text></View> : null}
        <View className='proof__row'><Text className='proof__k'>{F.proofDate}</Text><Text>{data.date}</Text></View>
        <View className='proof__row'><Text className='proof__k'>{F.proofOffice}</Text><Text>{jurisdiction.office.name}</Text></View>
      </View>
      {shared !== undefined ? <View className='muted'>{F.proofShared}</View> : null}
      {process.env.TARO_ENV === 'weapp' && shared === undefined ? <NativeButton className='btn-primary share-btn' openType='share'>{F.proofShare}</NativeButton> : null}
    </Screen>
  )
}
