/**
 * Outside web pages. A mini-program cannot open an outside page (web-view needs the site in its
 * business-domain list, which government registers are not), so on weapp the link is copied and
 * the caller tells the user; in the browser preview it opens in a tab.
 */
import { copyText } from './media'

/** 'opened' in a new tab (h5) or 'copied' to the clipboard (weapp). */
export async function openOrCopyLink (url: string): Promise<'opened' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(url, '_blank', 'noopener')
    return 'opened'
  }
  await copyText(url)
  return 'copied'
}
