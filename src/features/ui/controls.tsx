/** Choice and picker controls the forms share (wizard, self-check, lookup, report), on FieldFrame. */
import { View, Text, Picker } from '@tarojs/components'
import { FieldFrame } from './Field'
import { UI_T as T } from './texts'
import './controls.scss'

export interface Choice<V extends string> { value: V, label: string }

export function ChoiceGroup<V extends string> ({ label, path, value, choices, error, flagged, hint, onPick }: { label: string, path: string, value: V | undefined, choices: Array<Choice<V>>, error?: string, flagged?: string, hint?: string, onPick: (v: V) => void }) {
  return (
    <FieldFrame label={label} error={error} flagged={flagged} hint={hint} path={path}>
      <View className='choices' role='radiogroup'>
        {choices.map((c) => (
          <View
            key={c.value}
            role='radio'
            aria-checked={c.value === value}
            data-testid={`${path}-${c.value}`}
            className={`choice ${c.value === value ? 'choice--on' : ''}`}
            onClick={() => onPick(c.value)}
          >
            <Text>{c.value === value ? '● ' : '○ '}{c.label}</Text>
          </View>
        ))}
      </View>
    </FieldFrame>
  )
}

/** Picker of fixed options; `value` is the stored code, the label is shown. */
export function SelectField ({ label, path, value, options, error, flagged, hint, onPick }: { label: string, path: string, value: string | undefined, options: Array<{ value: string, label: string }>, error?: string, flagged?: string, hint?: string, onPick: (v: string) => void }) {
  const index = options.findIndex((o) => o.value === value)
  return (
    <FieldFrame label={label} error={error} flagged={flagged} hint={hint} path={path}>
      <Picker mode='selector' range={options.map((o) => o.label)} value={Math.max(0, index)} onChange={(e) => { const o = options[Number(e.detail.value)]; if (o) onPick(o.value) }}>
        <View className={`field-input field-picker ${error ? 'field-input--error' : ''}`} data-testid={path}>
          <Text className={index < 0 ? 'placeholder' : ''}>{index >= 0 ? options[index].label : T.pick}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}

export function DateField ({ label, path, value, error, flagged, hint, end, onPick }: { label: string, path: string, value: string | undefined, error?: string, flagged?: string, hint?: string, end: string, onPick: (v: string) => void }) {
  return (
    <FieldFrame label={label} error={error} flagged={flagged} hint={hint} path={path}>
      <Picker mode='date' value={value ?? end} end={end} start='1990-01-01' onChange={(e) => onPick(String(e.detail.value))}>
        <View className={`field-input field-picker ${error ? 'field-input--error' : ''}`} data-testid={path}>
          <Text className={value ? '' : 'placeholder'}>{value ?? T.datePlaceholder}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}
