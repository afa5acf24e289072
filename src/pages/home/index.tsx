import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { jurisdiction } from '../../features/shell/jurisdiction'
import { Screen } from '../../features/ui'

export default function HomePage () {
  const cfg = jurisdiction
  return (
    <Screen className='home'>
      <View className='card'>
        <View className='card-title'>{cfg.cityName}网络平台账号登记备案</View>
        <View className='muted'>
          在{cfg.cityName}注册、以{cfg.cityName}地名命名或主要发布{cfg.cityName}相关信息的网站、App 和自媒体账号，请在开通后
          {cfg.newAccountDeadlineWorkingDays} 个工作日内完成登记备案。
        </View>
        <View className='btn-primary' data-testid='start-filing' onClick={() => { void Taro.navigateTo({ url: '/packages/wizard/pages/start/index' }) }}>开始备案</View>
      </View>
      <View className='card'>
        <View className='card-title'>联系我们</View>
        <View><Text>{cfg.office.name}</Text></View>
        <View className='muted'>电话：{cfg.office.phone}</View>
        <View className='muted'>邮箱：{cfg.office.email}</View>
      </View>
      <TabBar current='home' />
    </Screen>
  )
}
