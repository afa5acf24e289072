/**
 * The timer's work: queue the supervision reminders that are due, send due notifications, then
 * apply retention. Runs for the platform
 * timer (role 'system') or an admin who triggers it by hand.
 */
import { defineAction } from '../../entry/action'
import { dispatchOutbox } from '../../services/dispatcher'
import { purgeExpired } from '../../services/purge'
import { sendDueReminders } from '../../services/supervision/cases'
import { dispatchOutboxContract, purgeContract, remindContract, tickContract } from '../../core'

const SYSTEM_OR_ADMIN = ['system', 'admin'] as const

export const tick = defineAction({
  contract: tickContract,
  allow: SYSTEM_OR_ADMIN,
  handler: async (_input, ctx) => {
    // Reminders first, so the ones due go out in this same run.
    const reminders = await sendDueReminders(ctx.rt)
    return { reminders, dispatch: await dispatchOutbox(ctx.rt), purge: await purgeExpired(ctx.rt) }
  }
})

export const remind = defineAction({
  contract: remindContract,
  allow: SYSTEM_OR_ADMIN,
  handler: async (_input, ctx) => sendDueReminders(ctx.rt)
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
