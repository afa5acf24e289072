/**
 * The timer's work: send due notifications, then apply retention. Runs for the platform
 * timer (role 'system') or an admin who triggers it by hand.
 */
import { defineAction } from '../../entry/action'
import { dispatchOutbox } from '../../services/dispatcher'
import { purgeExpired } from '../../services/purge'
import { dispatchOutboxContract, purgeContract, tickContract } from '../../core'

const SYSTEM_OR_ADMIN = ['system', 'admin'] as const

export const tick = defineAction({
  contract: tickContract,
  allow: SYSTEM_OR_ADMIN,
  handler: async (_input, ctx) => ({ dispatch: await dispatchOutbox(ctx.rt), purge: await purgeExpired(ctx.rt) })
})

export const dispatch = defineAction({
  contract: dispatchOutboxContract,
  allow: SYSTEM_OR_ADMIN,
  handler: async (_input, ctx) => dispatchOutbox(ctx.rt)
})

export const purge = defineAction({
  contract: purgeContract,
  allow: SYSTEM_OR_ADMIN,
  handler: async (_input, ctx) => purgeExpired(ctx.rt)
})
