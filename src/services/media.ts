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
 * Opens an exported .xlsx. On weapp: download it by fileId through wx.cloud (no download-domain
 * whitelist needed, unlike a temporary URL through wx.downloadFile), then the system viewer with
 * its menu (forward, save, open in another app); resolves true: the file is on the phone, so the
 * caller tells the server to delete its copy. In the browser: an <a download> on the one-time
 * link, which the server deletes once served; resolves false.
 */
export async function openSpreadsheet (file: { url: string, fileId: string }, fileName: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = absoluteUrl(file.url)
    a.download = fileName
    a.rel = 'noopener'
    document.body.appendChild(a)
    a.click()
    a.remove()
    return false
  }
  const res = await Taro.cloud.downloadFile({ fileID: file.fileId })
  if (res.statusCode !== undefined && res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
  return true
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
