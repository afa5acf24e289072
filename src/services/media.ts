import Taro from '@tarojs/taro'

/**
 * Staff-side platform helpers: full-screen image preview, opening an exported file, modal
 * confirmation, toasts and the clipboard. Each wraps one callback-style API as a typed Promise.
 */

/** Local-mode links are server-relative; weapp/cloud links are absolute https URLs. */
export function absoluteUrl (url: string): string {
  return url.startsWith('/') ? `${API_BASE}${url}` : url
}

/** Full screen with pinch zoom and swipe between the given images (WeChat's own viewer). */
export function previewImages (current: string, urls: string[]): void {
  void Taro.previewImage({ current: absoluteUrl(current), urls: urls.map(absoluteUrl) })
}

/**
 * Opens an exported .xlsx. On weapp: download to a temp file, then the system viewer with its
 * menu (forward to a chat, save, open in another app). In the browser: an <a download>.
 */
export async function openSpreadsheet (url: string, fileName: string): Promise<void> {
  const href = absoluteUrl(url)
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = href
    a.download = fileName
    a.rel = 'noopener'
    document.body.appendChild(a)
    a.click()
    a.remove()
    return
  }
  const res = await Taro.downloadFile({ url: href })
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
}

export async function confirmModal (title: string, content: string, confirmText = '确定'): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText, cancelText: '取消' })
  return res.confirm
}

export function toast (title: string, icon: 'success' | 'none' = 'none'): void {
  void Taro.showToast({ title, icon, duration: 2000 })
}

export function copyText (data: string): Promise<void> {
  return Taro.setClipboardData({ data }).then(() => undefined)
}
