/** Choice and picker controls the forms share (wizard, self-check, lookup, report), on FieldFrame. */
import { View, Text, Picker } from '@tarojs/components'
import { FieldFrame, fieldId } from './Field'
import { UI_T as T } from './texts'
import './controls.scss'

export interface Choice<V extends string> { value: V, label: string }

export function ChoiceGroup<V extends string> ({ label, path, value, choices, error, flagged, hint, optional, row = false, onPick }: { label: string, path: string, value: V | undefined, choices: Array<Choice<V>>, error?: string, flagged?: string, hint?: string, optional?: boolean, row?: boolean, onPick: (v: V) => void }) {
  return (
    <FieldFrame label={label} optional={optional} error={error} flagged={flagged} hint={hint} path={path}>
      <View className={`choices ${row ? 'choices--row' : ''} ${error ? 'choices--error' : ''}`} role='radiogroup' aria-label={label} id={fieldId(path)}>
        {choices.map((c) => (
          <View
            key={c.value}
            role='radio'
            aria-checked={c.value === value}
            data-testid={`${path}-${c.value}`}
            className={`choice ${c.value === value ? 'choice--on' : ''}`}
            onClick={() => onPick(c.value)}
          >
            <View className='choice__mark' />
            <Text>{c.label}</Text>
          </View>
        ))}
      </View>
    </FieldFrame>
  )
}

/** A box to tick (the commitment): drawn mark, the whole row is the target. */
export function CheckRow ({ checked, label, testId, onToggle }: { checked: boolean, label: string, testId?: string, onToggle: () => void }) {
  return (
    <View role='checkbox' aria-checked={checked} data-testid={testId} className={`choice ${checked ? 'choice--on' : ''}`} onClick={onToggle}>
      <View className='choice__mark choice__mark--box' />
      <Text>{label}</Text>
    </View>
  )
}

/** Picker of fixed options; `value` is the stored code, the label is shown. */
export function SelectField ({ label, path, value, options, error, flagged, hint, optional, placeholder, onPick }: { label: string, path: string, value: string | undefined, options: Array<{ value: string, label: string }>, error?: string, flagged?: string, hint?: string, optional?: boolean, placeholder?: string, onPick: (v: string) => void }) {
  const index = options.findIndex((o) => o.value === value)
  const shown = index >= 0 ? options[index].label : placeholder ?? T.pick
  return (
    <FieldFrame label={label} optional={optional} error={error} flagged={flagged} hint={hint} path={path}>
      <Picker mode='selector' range={options.map((o) => o.label)} value={Math.max(0, index)} onChange={(e) => { const o = options[Number(e.detail.value)]; if (o) onPick(o.value) }}>
        <View className={`field-input field-picker ${error ? 'field-input--error' : ''}`} data-testid={path} id={fieldId(path)} role='button' aria-label={`${label}：${shown}`}>
          <Text className={index < 0 ? 'placeholder' : ''}>{shown}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}

export function DateField ({ label, path, value, error, flagged, hint, optional, end, onPick }: { label: string, path: string, value: string | undefined, error?: string, flagged?: string, hint?: string, optional?: boolean, end: string, onPick: (v: string) => void }) {
  const shown = value ?? T.datePlaceholder
  return (
    <FieldFrame label={label} optional={optional} error={error} flagged={flagged} hint={hint} path={path}>
      <Picker mode='date' value={value ?? end} end={end} start='1990-01-01' onChange={(e) => onPick(String(e.detail.value))}>
        <View className={`field-input field-picker ${error ? 'field-input--error' : ''}`} data-testid={path} id={fieldId(path)} role='button' aria-label={`${label}：${shown}`}>
          <Text className={value ? '' : 'placeholder'}>{shown}</Text>
        </View>
      </Picker>
    </FieldFrame>
  )
}
