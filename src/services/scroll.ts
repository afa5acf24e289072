import Taro from '@tarojs/taro'

/**
 * Brings an element into view (e.g. a result card that appears below the fold, which an older
 * person with large fonts would otherwise not notice). Best effort: a missing API is not an error.
 */
export function scrollIntoView (selector: string): void {
  setTimeout(() => {
    try {
      void Promise.resolve(Taro.pageScrollTo({ selector, duration: 300 })).catch(() => undefined)
    } catch { /* scrolling is a convenience */ }
  }, 50)
}
