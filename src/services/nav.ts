import Taro from '@tarojs/taro'

/**
 * Page navigation, typed and promise-based. URLs come from the route table (src/core/routes.ts,
 * `paths.*`), never from a literal: ESLint refuses page paths written anywhere else.
 */
export function openPage (url: string): void {
  // navigateTo fails once WeChat's page stack is 10 deep: replace the current page instead.
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

/**
 * The query of the current page, decoded once (the route table encodes every value; neither
 * WeChat nor Taro's h5 router decodes). A value that is not valid percent-encoding is kept as is.
 */
export function pageQuery (): Record<string, string> {
  const params = Taro.getCurrentInstance().router?.params ?? {}
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string') continue
    try {
      out[k] = decodeURIComponent(v)
    } catch {
      out[k] = v
    }
  }
  return out
}

/** Ends the pull-down-refresh animation a page started. */
export function stopPullDownRefresh (): void {
  void Promise.resolve(Taro.stopPullDownRefresh()).catch(() => undefined)
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
