import Taro from '@tarojs/taro'

/**
 * Brings an element into view (e.g. a result card that appears below the fold, which an older
 * person with large fonts would otherwise not notice). Best effort: a missing API is not an error.
 */
export function scrollIntoView (selector: string, duration = 300): void {
  setTimeout(() => scroll({ selector, duration }), 50)
}

/** Back to the top of the page (e.g. where a notice just appeared). */
export function scrollToTop (): void {
  scroll({ scrollTop: 0, duration: 200 })
}

function scroll (options: Taro.pageScrollTo.Option): void {
  try {
    void Promise.resolve(Taro.pageScrollTo(options)).catch(() => undefined)
  } catch { /* scrolling is a convenience */ }
}
