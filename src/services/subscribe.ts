import Taro from '@tarojs/taro'

/**
 * Asks WeChat for consent to send the office's answers (审核结果, 补正提醒, 到期提醒: the ids
 * whoami reports, at most three). Each accept lets the backend send one message of that template.
 * WeChat only shows the prompt when the request starts synchronously inside a tap handler, so
 * callers must call this first, before any await, and await the returned promise later. Resolves
 * with the template ids the user accepted; never rejects (a refused or failed prompt must not
 * block a submission).
 */
export function requestSubscription (templateIds: readonly string[]): Promise<string[]> {
  const ids = templateIds.filter((id) => id !== '').slice(0, 3)
  if (process.env.TARO_ENV === 'h5' || ids.length === 0) return Promise.resolve([])
  try {
    // Only tmplIds (plus callbacks) are documented for mini-programs; nothing else is passed.
    return Taro.requestSubscribeMessage({ tmplIds: [...ids] } as Taro.requestSubscribeMessage.Option)
      .then((res) => ids.filter((id) => (res as unknown as Record<string, unknown>)[id] === 'accept'))
      .catch(() => [])
  } catch {
    return Promise.resolve([])
  }
}
