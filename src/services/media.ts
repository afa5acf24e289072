import Taro from '@tarojs/taro'
import { browserDownload } from './browser-download'

/**
 * Staff-side platform helpers: full-screen image preview, opening an exported file and the
 * clipboard. Each wraps one callback-style API as a typed Promise (dialogs: ./dialogs).
 */

/** Local-mode links are server-relative; weapp/cloud links are absolute https URLs. */
export function absoluteUrl (url: string): string {
  return url.startsWith('/') ? `${API_BASE}${url}` : url
}

/** Full screen with pinch zoom and swipe between the given images (WeChat's own viewer). */
export function previewImages (current: string, urls: string[]): void {
  void Promise.resolve(Taro.previewImage({ current: absoluteUrl(current), urls: urls.map(absoluteUrl) })).catch(() => undefined)
}

/**
 * Opens an exported .xlsx. On weapp: download to a temp file, then the system viewer with its
 * menu (forward to a chat, save, open in another app). In the browser: an <a download>.
 */
export async function openSpreadsheet (url: string, fileName: string): Promise<void> {
  const href = absoluteUrl(url)
  if (process.env.TARO_ENV === 'h5') {
    browserDownload(href, fileName)
    return
  }
  const res = await Taro.downloadFile({ url: href })
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
}

export function copyText (data: string): Promise<void> {
  return Taro.setClipboardData({ data }).then(() => undefined)
}
