import Taro from '@tarojs/taro'

/** Page navigation and system dialogs, typed and promise-based. */
export function openPage (url: string): void {
  void Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
}

export function replacePage (url: string): void {
  void Taro.redirectTo({ url })
}

export function goBack (fallbackUrl: string): void {
  const pages = Taro.getCurrentPages()
  if (pages.length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url: fallbackUrl })
}

export interface ConfirmOptions {
  title: string
  content: string
  confirmText?: string
  cancelText?: string
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
  void Taro.showToast({ title, icon, duration: 2000 }).catch(() => undefined)
}

/** The query of the current page (Taro's router params), for pages that read them after load. */
export function pageQuery (): Record<string, string> {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string') out[k] = decodeURIComponent(v)
  return out
}

/**
 * h5 only: records a query parameter in the address bar without navigating, so a browser reload
 * reopens the same record (e.g. a new draft once the cloud gave it an id). A mini-program page
 * is never reloaded in place; reopening starts from the home page.
 */
export function rememberQueryParam (key: string, value: string): void {
  if (process.env.TARO_ENV !== 'h5') return
  try {
    const url = new URL(window.location.href)
    if (url.searchParams.get(key) === value) return
    url.searchParams.set(key, value)
    window.history.replaceState(window.history.state, '', url.toString())
  } catch { /* the address bar is a convenience */ }
}
