/**
 * Cloud identity: the openid comes only from the platform context (WX_OPENID), never from the
 * event or a `context.local` a caller might forge. A timer call has no openid and a
 * `Type: 'Timer'` event; anything from the mini-program always carries an openid.
 */
import * as tcb from '@cloudbase/node-sdk'
import type { Identity } from '../../ports/system.port'

type GetContext = (context: unknown) => { WX_OPENID?: string; TRIGGER_SRC?: string }

const defaultGetContext: GetContext = (context) =>
  tcb.getCloudbaseContext(context as Parameters<typeof tcb.getCloudbaseContext>[0])

export function createCloudIdentity(getContext: GetContext = defaultGetContext): Identity {
  return {
    resolve(event, context) {
      let openid: string | null = null
      try {
        openid = getContext(context).WX_OPENID || null
      } catch {
        openid = null
      }
      const isTimerEvent = typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
      return { openid, timer: openid === null && isTimerEvent }
    }
  }
}
