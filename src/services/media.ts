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
 * Opens an exported .xlsx. On weapp: download it by fileId through wx.cloud (no download-domain
 * whitelist needed, unlike a temporary URL through wx.downloadFile), then the system viewer with
 * its menu (forward, save, open in another app); resolves true: the file is on the phone, so the
 * caller tells the server to delete its copy. In the browser: an <a download> on the one-time
 * link, which the server deletes once served; resolves false.
 */
export async function openSpreadsheet (file: { url: string, fileId: string }, fileName: string): Promise<boolean> {
  if (process.env.TARO_ENV === 'h5') {
    browserDownload(absoluteUrl(file.url), fileName)
    return false
  }
  const res = await Taro.cloud.downloadFile({ fileID: file.fileId })
  if (res.statusCode !== undefined && res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'xlsx', showMenu: true })
  return true
}

export function copyText (data: string): Promise<void> {
  return Taro.setClipboardData({ data }).then(() => undefined)
}

/**
 * Opens a stored PDF scan through its short-lived link: on weapp downloaded to a temp file and
 * shown in the system viewer (the link's host must be in the download domain list); in the
 * browser in a new tab, served as application/pdf.
 */
export async function openPdf (url: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(absoluteUrl(url), '_blank', 'noopener')
    return
  }
  const res = await Taro.downloadFile({ url: absoluteUrl(url) })
  if (res.statusCode !== 200) throw new Error(`download failed: ${res.statusCode}`)
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: 'pdf', showMenu: false })
}
