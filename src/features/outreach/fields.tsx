/** Small form pieces of the staff's outreach screens: multi-choice chips, a date or time picker. */
import { View, Text, Picker } from '@tarojs/components'
import { FieldFrame, fieldId } from '../ui'
import { O } from './texts'

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

/** A date ('YYYY-MM-DD') or a time ('HH:mm') from the platform's picker. */
export function PickField ({ label, path, mode, value, start, error, onPick }: { label: string, path: string, mode: 'date' | 'time', value: string, start?: string, error?: string, onPick: (v: string) => void }) {
  const shown = value || O.staff.editor.pick
  return (
    <FieldFrame label={label} path={path} error={error}>
      <Picker mode={mode} value={value} start={start} onChange={(e) => onPick(String(e.detail.value))}>
        <View className={`field-input field-picker ${error ? 'field-input--error' : ''}`} data-testid={path} id={fieldId(path)} role='button' aria-label={`${label}：${shown}`}>
          <Text className={value ? '' : 'placeholder'}>{shown}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}
