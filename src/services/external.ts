/**
 * Outside web pages and the clipboard. A mini-program cannot open an outside page (web-view
 * needs the site in its business-domain list, which government registers are not), so on weapp
 * the link is copied and the caller tells the user; in the browser preview it opens in a tab.
 */
import Taro from '@tarojs/taro'

/** 'opened' in a new tab (h5) or 'copied' to the clipboard (weapp). */
export async function openOrCopyLink (url: string): Promise<'opened' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return 'opened'
  }
  await Taro.setClipboardData({ data: url })
  return 'copied'
}

export function copyToClipboard (data: string): Promise<void> {
  return Taro.setClipboardData({ data }).then(() => undefined)
}

/** A message the user must read (not a toast that vanishes). */
export function tell (title: string, content: string): void {
  void Taro.showModal({ title, content, showCancel: false, confirmText: '知道了' }).catch(() => undefined)
}
