import type { PropsWithChildren, ReactNode } from 'react'
import { View } from '@tarojs/components'
import { isLargeFont } from '../../services/system'
import './ui.scss'

export interface ScreenProps {
  className?: string
  /** Fixed at the bottom, outside the main landmark: the tab bar or a screen's decision bar. */
  footer?: ReactNode
  /** What the footer is, so the page keeps room for it: 'tabs' (tab bar) or 'bar' (one row of buttons). */
  footerKind?: 'tabs' | 'bar'
}

/**
 * Every page's root: the grey page with its content in the main landmark, and an optional
 * fixed footer beside it. Large-font mode (WeChat's font setting) switches the type scale
 * and makes tap targets ≥ 60 px; the normal mode keeps them ≥ 44 px.
 */
export function Screen ({ children, className = '', footer, footerKind }: PropsWithChildren<ScreenProps>) {
  const kind = footerKind ?? (footer ? 'tabs' : undefined)
  const classes = ['page', isLargeFont() ? 'page--large' : '', kind === 'tabs' ? 'page--tabbed' : kind === 'bar' ? 'page--footed' : '', className]
  return (
    <View className={classes.filter((c) => c !== '').join(' ')}>
      <View role='main' className='page__main'>{children}</View>
      {footer}
    </View>
  )
}
