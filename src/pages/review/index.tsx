import { View } from '@tarojs/components'
import { TabBar } from '../../features/shell/TabBar'
import { isStaff, useSession } from '../../features/shell/session'
import { Screen } from '../../features/ui'

/** Staff landing tab. Non-staff who reach it by URL are told so; the backend refuses staff actions anyway. */
export default function ReviewTabPage () {
  const { session, error } = useSession()
  const staff = isStaff(session)
  return (
    <Screen className='review'>
      {error !== null ? <View className='card error-text'>{error.message}</View> : null}
      {session !== null && !staff
        ? <View className='card' data-testid='not-staff'>此页面仅供网信办工作人员使用。</View>
        : null}
      {staff
        ? (
          <View className='card'>
            <View className='card-title'>审核工作台</View>
            <View className='muted'>{session?.staffName ?? '工作人员'}，您好。</View>
          </View>
          )
        : null}
      <TabBar current='review' />
    </Screen>
  )
}
