/**
 * Local identity: the local server puts the demo-identity switch's openid in
 * `context.local.openid` (and `context.local.timer` for the dispatcher tick). Only the local
 * runtime uses this adapter; the cloud adapter never looks at `context.local`.
 */
import { z } from 'zod'
import type { Identity } from '../../ports/system.port'

const LocalContext = z.object({
  local: z.object({ openid: z.string().min(1).max(128).optional(), timer: z.boolean().optional() })
})

export const localIdentity: Identity = {
  resolve(_event, context) {
    const parsed = LocalContext.safeParse(context)
    if (!parsed.success) return { openid: null, timer: false }
    return { openid: parsed.data.local.openid ?? null, timer: parsed.data.local.timer === true }
  }
}
