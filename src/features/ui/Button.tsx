import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'

export interface ButtonProps {
  kind?: 'primary' | 'secondary' | 'danger' | 'plain'
  disabled?: boolean
  busy?: boolean
  testId?: string
  onTap: () => void
}

/** A full-width, high-contrast tap target (≥ 44 px, ≥ 60 px in large-font mode). */
export function Button ({ kind = 'primary', disabled = false, busy = false, testId, onTap, children }: PropsWithChildren<ButtonProps>) {
  const off = disabled || busy
  return (
    <View
      role='button'
      aria-disabled={off}
      data-testid={testId}
      className={`ui-btn ui-btn--${kind} ${off ? 'ui-btn--off' : ''}`}
      onClick={() => { if (!off) onTap() }}
    >
      {busy ? '请稍候…' : children}
    </View>
  )
}
