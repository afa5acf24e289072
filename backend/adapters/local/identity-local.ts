/**
 * Local identity: the local server puts the demo-identity switch's openid in
 * `context.local.openid` for every /api call. A timer tick is either `context.local.timer`
 * or a platform-shaped timer event (`{ Type: 'Timer' }`) passed with no `context.local` at
 * all — which only the server itself does (/dev/tick), never an /api request. Only the local
 * runtime uses this adapter; the cloud adapter never looks at `context.local`.
 */
import { z } from 'zod'
import type { Identity } from '../../ports/system.port'

const LocalContext = z.object({
  local: z.object({ openid: z.string().max(128).optional(), timer: z.boolean().optional() })
})

const isTimerEvent = (event: unknown) => typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'

export const localIdentity: Identity = {
  resolve(event, context) {
    const parsed = LocalContext.safeParse(context)
    if (!parsed.success) {
      const noLocal = typeof context !== 'object' || context === null || !('local' in context)
      return { openid: null, timer: noLocal && isTimerEvent(event) }
    }
    return { openid: parsed.data.local.openid || null, timer: parsed.data.local.timer === true }
  }
}
