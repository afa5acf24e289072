import type { PropsWithChildren } from 'react'
import { View, Text, Input } from '@tarojs/components'

export interface TextFieldProps {
  label: string
  value: string
  /** Dotted path of the field (e.g. `subject.idNumber`); also its test id. */
  path: string
  placeholder?: string
  error?: string
  hint?: string
  flagged?: string
  type?: 'text' | 'number' | 'idcard' | 'digit'
  maxlength?: number
  onChange: (value: string) => void
  onBlur?: () => void
}

/** Label, input and the Chinese message beside it; a field returned by staff shows their reason. */
export function TextField ({ label, value, path, placeholder, error, hint, flagged, type = 'text', maxlength = 100, onChange, onBlur }: TextFieldProps) {
  return (
    <FieldFrame label={label} error={error} hint={hint} flagged={flagged} path={path}>
      <Input
        className={`field-input ${error ? 'field-input--error' : ''}`}
        data-testid={path}
        id={`field-${path.replace(/\./g, '-')}`}
        value={value}
        type={type}
        maxlength={maxlength}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
        onBlur={() => onBlur?.()}
      />
    </FieldFrame>
  )
}

export function FieldFrame ({ label, error, hint, flagged, path, children }: PropsWithChildren<{ label: string, error?: string, hint?: string, flagged?: string, path: string }>) {
  return (
    <View className={`field ${flagged ? 'field--flagged' : ''}`} data-field={path}>
      <View className='field-label'>{label}</View>
      {flagged ? <View className='field-flag'>需修改：{flagged}</View> : null}
      {children}
      {error ? <Text className='error-text field-error'>{error}</Text> : null}
      {!error && hint ? <Text className='muted field-hint'>{hint}</Text> : null}
    </View>
  )
}
