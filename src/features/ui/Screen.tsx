import type { PropsWithChildren } from 'react'
import { View } from '@tarojs/components'
import { isLargeFont } from '../../services/system'
import './ui.scss'

/**
 * Every page's root. Large-font mode (WeChat's font setting) scales text and makes tap targets
 * ≥ 60 px; the normal mode keeps them ≥ 44 px.
 */
export function Screen ({ children, className = '' }: PropsWithChildren<{ className?: string }>) {
  return <View className={`page ${isLargeFont() ? 'page--large' : ''} ${className}`}>{children}</View>
}
