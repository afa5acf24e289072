/**
 * Is the office open right now? Answered here rather than on the phone: the server's clock is
 * the one to trust, and the holiday calendar (chinese-days) stays out of the main package.
 */
import { defineAction } from '../../entry/action'
import { officeStatus, officeStatusContract } from '../../core'

export const officeStatusAction = defineAction({
  contract: officeStatusContract,
  allow: ['anonymous', 'applicant', 'reviewer', 'admin'],
  handler: async (_input, ctx) => {
    const s = officeStatus(ctx.now, ctx.rt.config)
    return { open: s.open, label: s.label, nextOpening: s.nextOpening ? s.nextOpening.toISOString() : null }
  }
})
