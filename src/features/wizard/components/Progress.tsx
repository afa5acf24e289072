import { View, Text } from '@tarojs/components'
import { T } from '../texts'

/**
 * Where the applicant is: numbered steps, the current one highlighted, done ones ticked. Each
 * step's name sits under its number; in large-font mode only the current one's does (five names
 * at that size do not fit one line), and the line below names it in full.
 */
export function Progress ({ current }: { current: number }) {
  return (
    <View className='progress card' aria-label={`${T.stepOf(current, T.steps.length)}：${T.steps[current]}`}>
      <View className='progress__bar' aria-hidden='true'>
        {T.steps.map((label, i) => (
          <View key={label} className={`progress__step ${i < current ? 'progress__step--done' : ''} ${i === current ? 'progress__step--on' : ''}`}>
            <View className='progress__dot'>{i < current ? '✓' : i + 1}</View>
            <Text className='progress__label'>{label}</Text>
          </View>
        ))}
      </View>
      <View className='progress__text'>{T.stepOf(current, T.steps.length)}：{T.steps[current]}</View>
    </View>
  )
}
