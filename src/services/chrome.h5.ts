/**
 * h5 preview: Taro draws a title bar with a back (or home) button outside our pages, and
 * scrolls each page inside a container of its own. This makes the bar what WeChat's own is —
 * a header landmark whose buttons have names, can be reached by keyboard and are large enough
 * to tap — gives it the kit's look (./chrome.h5.scss), and lets the keyboard scroll a page.
 */
import './chrome.h5.scss'

const BUTTONS: Array<[string, string]> = [['taro-navigation-bar-back', '返回'], ['taro-navigation-bar-home', '首页']]

function decorate (bar: HTMLElement): void {
  if (bar.dataset.decorated === '1') return
  bar.dataset.decorated = '1'
  bar.setAttribute('role', 'banner')
  for (const [cls, name] of BUTTONS) {
    const btn = bar.getElementsByClassName(cls)[0] as HTMLElement | undefined
    if (btn === undefined) continue
    btn.setAttribute('role', 'button')
    btn.setAttribute('aria-label', name)
    btn.setAttribute('tabindex', '0')
    btn.querySelector('svg')?.setAttribute('aria-hidden', 'true')
    btn.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); btn.click() } })
  }
  const loading = bar.getElementsByClassName('taro-navigation-bar-loading')[0]
  loading?.setAttribute('aria-hidden', 'true')
  const title = bar.getElementsByClassName('taro-navigation-bar-title')[0]
  title?.setAttribute('role', 'heading')
  title?.setAttribute('aria-level', '1')
}

/** A page's scroll container takes keyboard focus, so arrow keys and Page Down scroll it. */
function focusablePages (): void {
  for (const el of Array.from(document.getElementsByClassName('taro_page'))) {
    if (el.getAttribute('tabindex') === null) el.setAttribute('tabindex', '0')
  }
}

export function decorateChrome (): void {
  if (typeof document === 'undefined') return
  const run = () => {
    const bar = document.getElementById('taro-navigation-bar')
    if (bar !== null) decorate(bar)
    focusablePages()
  }
  run()
  new MutationObserver(run).observe(document.body, { childList: true, subtree: true })
}
