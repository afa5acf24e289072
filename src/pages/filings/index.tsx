import { useCallback, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { listMine, type MyFilingRow } from '../../features/filings/api'
import { ApiError } from '../../services/api'
import './index.scss'
import { Screen } from '../../features/ui'

export default function MyFilingsPage () {
  const [rows, setRows] = useState<MyFilingRow[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    try {
      setRows(await listMine())
      setError(null)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '加载失败，请下拉刷新重试')
    } finally {
      Taro.stopPullDownRefresh()
    }
  }, [])

  useDidShow(() => { void load() })
  usePullDownRefresh(() => { void load() })

  return (
    <Screen className='filings'>
      {error !== null ? <View className='card error-text'>{error}</View> : null}
      {rows === null && error === null ? <View className='muted'>正在加载…</View> : null}
      {rows !== null && rows.length === 0
        ? (
          <View className='card empty'>
            <View className='card-title'>还没有备案</View>
            <View className='muted'>名下的网站、App 或自媒体账号需要备案时，从这里开始。</View>
          </View>
          )
        : null}
      {rows?.map((row) => (
        <View key={row.id} className='card filing-row' data-testid='filing-row'>
          <View className='filing-row__head'>
            <Text className='filing-row__name'>{row.accountNames.length > 0 ? row.accountNames.join('、') : '未命名备案'}</Text>
            <Text className={`status status--${row.status}`}>{row.statusLabel}</Text>
          </View>
          {row.filingNumber ? <View className='muted'>备案编号：{row.filingNumber}</View> : null}
          {row.subjectName ? <View className='muted'>主体：{row.subjectName}</View> : null}
          <View className='muted'>更新于 {row.updatedAt.slice(0, 16).replace('T', ' ')}</View>
        </View>
      ))}
      <View className='btn-primary' onClick={() => { void Taro.navigateTo({ url: '/packages/wizard/pages/start/index' }) }}>新建备案</View>
      <TabBar current='filings' />
    </Screen>
  )
}
