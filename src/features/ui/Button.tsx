import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { UI_T } from './texts'

export interface ButtonProps {
  kind?: 'primary' | 'secondary' | 'danger' | 'plain'
  disabled?: boolean
  busy?: boolean
  /** Shown while busy (default 请稍候…). */
  busyText?: string
  testId?: string
  /** Sits in a row with others (btn-row, footer-bar) instead of taking the full width. */
  inline?: boolean
  onTap: () => void
}

/**
 * A full-width, high-contrast tap target (≥ 44 px, ≥ 60 px in large-font mode). A screen has at
 * most one primary button; the others are secondary, danger or plain.
 */
export function Button ({ kind = 'primary', disabled = false, busy = false, busyText, testId, inline = false, onTap, children }: PropsWithChildren<ButtonProps>) {
  const off = disabled || busy
  return (
    <View
      role='button'
      aria-disabled={off}
      aria-busy={busy}
      data-testid={testId}
      className={`ui-btn ui-btn--${kind} ${off ? 'ui-btn--off' : ''} ${inline ? 'ui-btn--inline' : ''}`}
      onClick={() => { if (!off) onTap() }}
    >
      {busy ? busyText ?? UI_T.busy : children}
    </View>
  )
}
