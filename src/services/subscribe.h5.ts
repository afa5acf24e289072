/**
 * h5 is the local preview, served by the local server (README: "local mode"): there is no WeChat
 * to show the subscription prompt, and the server's inbox notifier stands in for WeChat's
 * subscription messages. The prompt counts as answered 允许, so the status alerts of a filing
 * made in the preview reach /dev/inbox as they would reach the phone. When the build names no
 * template (TEMPLATE_ID_STATUS unset, the usual local build), the local server's own template id
 * applies (LOCAL_STATUS_TEMPLATE_ID in backend/runtime/local.ts; the app may not import backend/).
 */
const LOCAL_STATUS_TEMPLATE_ID = 'local-status-changed'

export function requestSubscription (templateIds: readonly string[]): Promise<string[]> {
  const ids = templateIds.filter((id) => id !== '')
  return Promise.resolve(ids.length > 0 ? ids : [LOCAL_STATUS_TEMPLATE_ID])
}
