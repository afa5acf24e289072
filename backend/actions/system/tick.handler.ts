/**
 * The timer's work: queue due reminders (returned filings' fix-by dates, case deadlines), send due
 * notifications, index filings from before the staff search index, then apply retention and drop expired rate-limit counters. Runs for the platform
 * timer (role 'system') or an admin by hand.
 */
import { dispatchOutboxContract, purgeContract, remindContract, tickContract } from '../../core'
import { defineAction } from '../../entry/action'
import { dispatchOutbox } from '../../services/dispatcher'
import { purgeExpired } from '../../services/purge'
import { sendReminders } from '../../services/reminders'
import { sendDueReminders } from '../../services/supervision/cases'
import { runRounds } from '../../services/outreach/reverification'
import { runUpkeep } from '../../services/outreach/upkeep'

const SYSTEM_OR_ADMIN = ['system', 'admin'] as const

export const tick = defineAction({
  contract: tickContract,
  allow: SYSTEM_OR_ADMIN,
  handler: async (_input, ctx) => {
    // Reminders first, so the ones due go out in this same run.
    const reminders = await sendReminders(ctx.rt)
    const caseReminders = await sendDueReminders(ctx.rt)
    const reverification = await runRounds(ctx.rt)
    const upkeep = await runUpkeep(ctx.rt)
    const dispatch = await dispatchOutbox(ctx.rt)
    const searchIndexed = await ctx.rt.store.filings.backfillSearchKeys()
    const purge = await purgeExpired(ctx.rt)
    const rateCounters = await ctx.rt.store.rateLimits.purgeExpired(ctx.now.toISOString())
    return { reminders, caseReminders, reverification, upkeep, dispatch, searchIndexed, purge: { ...purge, rateCountersRemoved: rateCounters } }
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
