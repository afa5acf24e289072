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

/** A one-tap value beside a picker ("10 个工作日", "09:00"); its test id keeps e2e scripts readable. */
export interface QuickPick { value: string, label: string, testId: string }

/** One-tap choices for a picker: a row of radio chips that wraps, each a full tap target. */
export function QuickPicks ({ label, value, picks, onPick }: { label: string, value: string | undefined, picks: QuickPick[], onPick: (v: string) => void }) {
  if (picks.length === 0) return null
  return (
    <View className='quick-picks' role='radiogroup' aria-label={label}>
      {picks.map((q) => (
        <View key={q.testId} role='radio' aria-checked={q.value === value} data-testid={q.testId} className={`quick-pick ${q.value === value ? 'quick-pick--on' : ''}`} onClick={() => onPick(q.value)}>
          {q.label}
        </View>
      ))}
    </View>
  )
}

export interface PickerBoxProps {
  /** The accessible name of the box (the field's label, or "约谈时间（时刻）" when two boxes share one). */
  label: string
  path: string
  mode?: 'date' | 'time'
  value: string | undefined
  start?: string
  end?: string
  error?: string
  placeholder?: string
  testId?: string
  onPick: (v: string) => void
}

/** The platform's date or time picker behind a box that looks like the text inputs; an empty value shows the placeholder. */
export function PickerBox ({ label, path, mode = 'date', value, start, end, error, placeholder, testId, onPick }: PickerBoxProps) {
  const shown = value || (placeholder ?? (mode === 'date' ? T.datePlaceholder : T.timePlaceholder))
  return (
    <Picker mode={mode} value={value || end || start || ''} start={start} end={end} onChange={(e) => onPick(String(e.detail.value))}>
      <View className={`field-input field-picker ${error ? 'field-input--error' : ''}`} data-testid={testId ?? path} id={testId ? fieldId(testId) : fieldId(path)} role='button' aria-label={`${label}：${shown}`}>
        <Text className={value ? '' : 'placeholder'}>{shown}</Text>
      </View>
    </Picker>
  )
}

/**
 * A date (or a time) with label, 选填 mark, hint and message like every other field; `quick`
 * adds one-tap choices above the picker (a deadline in working days).
 */
export function DateField ({ label, path, value, error, flagged, hint, optional, mode = 'date', start, end, placeholder, quick = [], onPick }: { label: string, path: string, value: string | undefined, error?: string, flagged?: string, hint?: string, optional?: boolean, mode?: 'date' | 'time', start?: string, end?: string, placeholder?: string, quick?: QuickPick[], onPick: (v: string) => void }) {
  return (
    <FieldFrame label={label} optional={optional} error={error} flagged={flagged} hint={hint} path={path}>
      <QuickPicks label={label} value={value} picks={quick} onPick={onPick} />
      <PickerBox label={label} path={path} mode={mode} value={value} start={start ?? (mode === 'date' && end !== undefined ? '1990-01-01' : undefined)} end={end} error={error} placeholder={placeholder} onPick={onPick} />
    </FieldFrame>
  )
}
