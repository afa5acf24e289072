import { currentDemoOpenid } from './demo-identity'

/**
 * h5 is the local preview, served by the local server (README: "local mode"): there is no WeChat
 * to show the prompt, so it counts as answered 允许 — and, as WeChat's servers would learn from
 * the phone, the accepts are reported to the local notifier (/dev/subscribe), which keeps
 * WeChat's count of one message per accept and refuses a send without one (43101) in /dev/inbox.
 */
export function requestSubscription (templateIds: readonly string[]): Promise<string[]> {
  const ids = templateIds.filter((id) => id !== '').slice(0, 3)
  if (ids.length === 0) return Promise.resolve([])
  return fetch(`${API_BASE}/dev/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-demo-openid': currentDemoOpenid() },
    body: JSON.stringify({ templateIds: ids })
  }).then((r) => (r.ok ? ids : []), () => [])
}
