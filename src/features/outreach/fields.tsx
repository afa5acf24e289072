/** Multi-choice chips of the staff's outreach screens (an audience by town, platform, category…). */
import { View } from '@tarojs/components'
import { FieldFrame, fieldId } from '../ui'

export function Chips<V extends string> ({ label, path, values, options, hint, error, onChange }: { label: string, path: string, values: readonly V[], options: ReadonlyArray<{ value: V, label: string }>, hint?: string, error?: string, onChange: (v: V[]) => void }) {
  const toggle = (v: V) => onChange(values.includes(v) ? values.filter((x) => x !== v) : [...values, v])
  return (
    <FieldFrame label={label} path={path} hint={hint} error={error}>
      <View className='ev-chips' role='group' aria-label={label} id={fieldId(path)}>
        {options.map((o) => (
          <View key={o.value} role='checkbox' aria-checked={values.includes(o.value)} data-testid={`${path}-${o.value}`} className={`ev-chip ${values.includes(o.value) ? 'ev-chip--on' : ''}`} onClick={() => toggle(o.value)}>
            {o.label}
          </View>
        ))}
      </View>
    </FieldFrame>
  )
}
