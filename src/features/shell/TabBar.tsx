import { View, Text } from '@tarojs/components'
import { paths } from '../../core/routes'
import { replacePage } from '../../services/nav'
import { isStaff, useSession } from '../session'
import { DemoIdentitySwitch } from './DemoIdentitySwitch'
import './TabBar.scss'

export type TabKey = 'home' | 'filings' | 'review'

const TABS: Array<{ key: TabKey, label: string, url: string, staffOnly: boolean }> = [
  { key: 'home', label: '首页', url: paths.home(), staffOnly: false },
  { key: 'filings', label: '我的备案', url: paths.filings(), staffOnly: false },
  { key: 'review', label: '审核', url: paths.review(), staffOnly: true }
]

/**
 * Our own tab bar: the 审核 tab exists only when the backend says the caller is staff.
 * A native tabBar cannot hide an item per user, and this one behaves the same on weapp and h5.
 */
export function TabBar ({ current }: { current: TabKey }) {
  const { session } = useSession()
  const staff = isStaff(session)
  const tabs = TABS.filter((t) => !t.staffOnly || staff)
  return (
    <View className='tabbar' role='tablist'>
      {process.env.TARO_ENV === 'h5' ? <DemoIdentitySwitch session={session} /> : null}
      <View className='tabbar__items'>
        {tabs.map((t) => (
          <View
            key={t.key}
            role='tab'
            aria-selected={t.key === current}
            className={`tabbar__item ${t.key === current ? 'tabbar__item--active' : ''}`}
            onClick={() => { if (t.key !== current) replacePage(t.url) }}
          >
            <Text className='tabbar__label'>{t.label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
