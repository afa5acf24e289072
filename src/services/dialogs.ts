import Taro from '@tarojs/taro'

/**
 * The system's modal confirmation and toast, once for the whole app. Both are best effort: a
 * platform that refuses the dialog counts as "not confirmed", a toast that cannot show is dropped.
 */
export interface ConfirmOptions {
  title: string
  content: string
  confirmText?: string
  cancelText?: string
  /** A destructive choice (delete, remove): the confirm button turns red. */
  danger?: boolean
}

/** Resolves true when the user confirms. */
export async function confirm ({ title, content, confirmText = '确定', cancelText = '取消', danger = false }: ConfirmOptions): Promise<boolean> {
  try {
    const res = await Taro.showModal({ title, content, confirmText, cancelText, confirmColor: danger ? '#c9201a' : '#0b5fd7' })
    return res.confirm === true
  } catch {
    return false
  }
}

export function toast (title: string, icon: 'success' | 'none' = 'none'): void {
  try {
    void Promise.resolve(Taro.showToast({ title, icon, duration: 2000 })).catch(() => undefined)
  } catch { /* a toast is a courtesy */ }
}

/** A message the user must read and dismiss (not a toast that vanishes). */
export function tell (title: string, content: string): void {
  try {
    void Promise.resolve(Taro.showModal({ title, content, showCancel: false, confirmText: '知道了' })).catch(() => undefined)
  } catch { /* nothing else to do */ }
}
