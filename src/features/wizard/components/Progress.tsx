import { View, Text } from '@tarojs/components'
import { T } from '../texts'

/** Where the applicant is: numbered steps, the current one highlighted, done ones ticked. */
export function Progress ({ current }: { current: number }) {
  return (
    <View className='progress' aria-label={T.stepOf(current, T.steps.length)}>
      <View className='progress__bar'>
        {T.steps.map((label, i) => (
          <View key={label} className={`progress__step ${i < current ? 'progress__step--done' : ''} ${i === current ? 'progress__step--on' : ''}`}>
            <View className='progress__dot'>{i < current ? '✓' : i + 1}</View>
            <Text className='progress__label'>{label}</Text>
          </View>
        ))}
      </View>
      <View className='muted progress__text'>{T.stepOf(current, T.steps.length)}：{T.steps[current]}</View>
    </View>
  )
}
