/** Small form controls the wizard screens share, built on the UI kit's FieldFrame. */
import { View, Text, Picker } from '@tarojs/components'
import { FieldFrame, TextField } from '../../ui'
import { FIELD_LABELS, fieldLabel } from '../../../core/schemas/field-labels'
import { getAt } from '../model'
import type { Wizard } from '../useWizard'
import { T } from '../texts'

export interface Choice<V extends string> { value: V, label: string }

export function ChoiceGroup<V extends string> ({ label, path, value, choices, error, flagged, onPick }: { label: string, path: string, value: V | undefined, choices: Array<Choice<V>>, error?: string, flagged?: string, onPick: (v: V) => void }) {
  return (
    <FieldFrame label={label} error={error} flagged={flagged} path={path}>
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

/** A text field bound to a dotted path of the draft: value, message, flag, save, validate on blur. */
export function Bound ({ w, path, label, placeholder, type, hint, maxlength, numeric }: { w: Wizard, path: string, label?: string, placeholder?: string, type?: 'text' | 'number' | 'idcard' | 'digit', hint?: string, maxlength?: number, numeric?: boolean }) {
  const content = w.draft?.content ?? {}
  const raw = getAt(content, path)
  const generic = path.replace(/^accounts\.\d+\./, 'accounts.*.')
  return (
    <TextField
      label={label ?? (path.startsWith('accounts.') ? FIELD_LABELS[generic] ?? path : fieldLabel(path, content))}
      path={path}
      value={raw === undefined || raw === null ? '' : String(raw)}
      placeholder={placeholder}
      type={type}
      hint={hint}
      maxlength={maxlength}
      error={w.errors[path]}
      flagged={w.draft?.flagged[path]}
      onChange={(v) => {
        const t = v.trim()
        if (numeric) w.update(path, t === '' ? undefined : /^\d+$/.test(t) ? Number(t) : undefined)
        else w.update(path, v === '' ? undefined : v)
      }}
      onBlur={() => w.touch(path)}
    />
  )
}
