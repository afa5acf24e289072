import Taro from '@tarojs/taro'

/**
 * Large-font mode follows WeChat's own font setting (fontSizeSetting, 17 px by default and larger
 * when the user enlarges text). In the h5 preview there is no such setting: `?font=large` or the
 * stored choice turns it on, so the mode can be seen and tested in a browser.
 */
const DEFAULT_FONT_PX = 17
const H5_KEY = 'large-font'

let cached: boolean | null = null

export function isLargeFont (): boolean {
  if (cached !== null) return cached
  cached = false
  try {
    if (process.env.TARO_ENV === 'h5') {
      const fromUrl = new URLSearchParams(window.location.search).get('font')
      if (fromUrl === 'large' || fromUrl === 'normal') Taro.setStorageSync(H5_KEY, fromUrl === 'large' ? '1' : '0')
      cached = Taro.getStorageSync(H5_KEY) === '1'
    } else {
      const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number }
      cached = typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > DEFAULT_FONT_PX
    }
  } catch {
    cached = false
  }
  return cached
}
