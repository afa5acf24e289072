import type { PropsWithChildren } from 'react'
import { View, Text, Input, Textarea } from '@tarojs/components'
import { UI_T } from './texts'
import './forms.scss'
import { useProblem } from './Problems'

/** The DOM id of a field's control and of its frame (`subject.name` → `field-subject-name`). */
export function fieldId (path: string): string {
  return `field-${path.replace(/[^\w-]/g, '-')}`
}

/** The keyboard a field needs: phone numbers and counts open the number pad. */
export type FieldKeyboard = 'text' | 'number' | 'idcard' | 'digit' | 'phone'

/**
 * h5 only: what the native control inside Taro's element must carry (its accessible name, the
 * phone keypad). On weapp the label above names the input and `type` picks the keyboard.
 */
function nativeProps (label: string, keyboard: FieldKeyboard): Record<string, string> | undefined {
  if (process.env.TARO_ENV !== 'h5') return undefined
  const props: Record<string, string> = { 'aria-label': label }
  if (keyboard === 'phone') { props.type = 'tel'; props.inputmode = 'tel'; props.autocomplete = 'tel' }
  if (keyboard === 'number' || keyboard === 'digit') { props.type = 'text'; props.inputmode = 'numeric'; props.pattern = '[0-9]*' }
  return props
}

export interface TextFieldProps {
  label: string
  value: string
  /** Dotted path of the field (e.g. `subject.idNumber`); also its test id. */
  path: string
  placeholder?: string
  error?: string
  hint?: string
  flagged?: string
  /** Marked 选填 beside the label. */
  optional?: boolean
  type?: FieldKeyboard
  maxlength?: number
  /** Several lines (a reason, a description). */
  multiline?: boolean
  onChange: (value: string) => void
  onBlur?: (value: string) => void
}

/** Label, input and the Chinese message beside it; a field returned by staff shows their reason. */
export function TextField ({ label, value, path, placeholder, error, hint, flagged, optional = false, type = 'text', maxlength = 100, multiline = false, onChange, onBlur }: TextFieldProps) {
  const name = optional ? `${label}（${UI_T.optional}）` : label
  return (
    <FieldFrame label={label} optional={optional} error={error} hint={hint} flagged={flagged} path={path}>
      {multiline
        ? (
          <Textarea
            className={`field-input field-textarea ${error ? 'field-input--error' : ''}`}
            data-testid={path}
            id={fieldId(path)}
            value={value}
            maxlength={maxlength}
            placeholder={placeholder}
            placeholderClass='field-placeholder'
            nativeProps={nativeProps(name, 'text')}
            onInput={(e) => onChange(e.detail.value)}
            onBlur={(e) => onBlur?.(e.detail.value)}
          />
          )
        : (
          <Input
            className={`field-input ${error ? 'field-input--error' : ''}`}
            data-testid={path}
            id={fieldId(path)}
            value={value}
            type={type === 'phone' ? 'number' : type}
            maxlength={maxlength}
            placeholder={placeholder}
            placeholderClass='field-placeholder'
            nativeProps={nativeProps(name, type)}
            onInput={(e) => onChange(e.detail.value)}
            onBlur={(e) => onBlur?.(e.detail.value)}
          />
          )}
    </FieldFrame>
  )
}

export function FieldFrame ({ label, optional = false, error, hint, flagged, path, children }: PropsWithChildren<{ label: string, optional?: boolean, error?: string, hint?: string, flagged?: string, path: string }>) {
  useProblem(path, error ? label : undefined)
  return (
    <View className={`field ${flagged ? 'field--flagged' : ''} ${error ? 'field--error' : ''}`} data-field={path} id={`${fieldId(path)}-frame`}>
      <View className='field-label'>
        <Text>{label}</Text>
        {optional ? <Text className='field-optional'>{UI_T.optional}</Text> : null}
      </View>
      {flagged ? <View className='field-flag'>需修改：{flagged}</View> : null}
      {children}
      {error ? <View className='error-text field-error' role='alert'>{error}</View> : null}
      {!error && hint ? <Text className='field-hint'>{hint}</Text> : null}
    </View>
  )
}
