import { View } from '@tarojs/components'
import type { Option } from '../filters'
import { T } from '../texts'

/**
 * A one-tap choice among options, wrapped onto as many rows as the font needs: faster with one
 * thumb than a picker wheel, and every option in sight (no sideways scrolling to discover).
 * The first chip clears the choice.
 */
export function Chips ({ label, options, value, onChange, testId }: {
  label: string
  options: Option[]
  value: string | undefined
  onChange: (v: string | undefined) => void
  testId: string
}) {
  const all: Array<Option & { clear?: true }> = [{ value: '', label: T.anyOption, clear: true }, ...options]
  return (
    <View className='chips' data-testid={testId}>
      <View className='chips__label'>{label}</View>
      <View className='chips__row' role='radiogroup' aria-label={label}>
        {all.map((o) => {
          const on = o.clear === true ? value === undefined : value === o.value
          return (
            <View
              key={o.value}
              role='radio'
              aria-checked={on}
              className={`chip ${on ? 'chip--on' : ''}`}
              onClick={() => onChange(o.clear === true ? undefined : o.value)}
            >
              {o.label}
            </View>
          )
        })}
      </View>
    </View>
  )
}
