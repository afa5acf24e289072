import Taro from '@tarojs/taro'

/**
 * The demo-identity switch of the local mode (h5 served by the local server).
 * In the weapp build this is dead code: identity there comes only from WeChat's context,
 * and the cloud runtime ignores anything a client claims.
 */
const KEY = 'demo-openid'
export const DEFAULT_DEMO_OPENID = 'demo-applicant-a'

export function currentDemoOpenid (): string {
  if (process.env.TARO_ENV !== 'h5') return ''
  try {
    const stored = Taro.getStorageSync(KEY)
    return typeof stored === 'string' && stored !== '' ? stored : DEFAULT_DEMO_OPENID
  } catch {
    return DEFAULT_DEMO_OPENID
  }
}

export function setDemoOpenid (openid: string): void {
  if (process.env.TARO_ENV !== 'h5') return
  Taro.setStorageSync(KEY, openid)
}
