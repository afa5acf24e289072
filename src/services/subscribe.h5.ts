/**
 * h5 is the local preview, served by the local server (README: "local mode"): there is no WeChat
 * to show the subscription prompt, and the server's inbox stands in for WeChat's subscription
 * messages. The prompt counts as answered 允许, so the status alerts of a filing made in the
 * preview reach /dev/inbox as they would reach the phone. (The ids are the ones whoami reports:
 * locally, the inbox's own template id.)
 */
export function requestSubscription (templateIds: readonly string[]): Promise<string[]> {
  return Promise.resolve(templateIds.filter((id) => id !== ''))
}
